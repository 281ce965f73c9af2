namespace MyProxy.Protocol.Responses;

/// <summary>Reads the <c>AUTHORIZATION_DATA=&lt;method&gt;:&lt;data&gt;</c> lines of a response, in order.</summary>
internal static class AuthorizationChallengeParser
{
    public const string Key = "AUTHORIZATION_DATA";

    public static IReadOnlyList<AuthorizationChallenge> Parse(ResponseFields fields)
    {
        var values = fields.All(Key);
        var challenges = new List<AuthorizationChallenge>(values.Count);
        foreach (var value in values)
        {
            var colon = value.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new MyProxyProtocolException("An AUTHORIZATION_DATA line has no method name before ':'; the server's challenge is malformed.");
            }

            var methodName = value[..colon];
            challenges.Add(new AuthorizationChallenge(AuthorizationChallenge.MethodFor(methodName), methodName, value[(colon + 1)..]));
        }

        return challenges;
    }
}
