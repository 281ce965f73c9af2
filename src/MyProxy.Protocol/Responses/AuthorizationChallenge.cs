namespace MyProxy.Protocol.Responses;

/// <summary>
/// One method offered in a <c>RESPONSE=2</c> message, from a line <c>AUTHORIZATION_DATA=&lt;method&gt;:&lt;data&gt;</c>.
/// </summary>
/// <param name="Method">The method, or <see cref="AuthorizationMethod.Unknown"/> for a name this client does not know.</param>
/// <param name="MethodName">The method name exactly as the server sent it.</param>
/// <param name="Data">
/// The server data after the first colon: for the certificate methods the 32 hex characters to sign (as ASCII),
/// for SASL the base64 SASL data or a greeting.
/// </param>
public sealed record AuthorizationChallenge(AuthorizationMethod Method, string MethodName, string Data)
{
    /// <summary>The method a wire name stands for.</summary>
    /// <param name="methodName">The name before the colon, for example <c>X509_certificate_SHA256</c>.</param>
    /// <returns>The method, or <see cref="AuthorizationMethod.Unknown"/>.</returns>
    public static AuthorizationMethod MethodFor(string methodName) =>
        AuthorizationMethodNames.TryParse(methodName, out var method) ? method : AuthorizationMethod.Unknown;
}
