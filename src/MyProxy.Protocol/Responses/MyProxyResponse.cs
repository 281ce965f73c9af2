namespace MyProxy.Protocol.Responses;

/// <summary>
/// One decoded server response: the outcome, the error lines, every raw <c>KEY=value</c> line, and the
/// parsed views a command needs (authorization challenges, INFO credential list, trust roots).
/// Produced by <see cref="MyProxyResponseDecoder"/>; immutable.
/// </summary>
public sealed class MyProxyResponse
{
    private readonly ResponseFields _fields;

    internal MyProxyResponse(
        MyProxyResponseCode code,
        ResponseFields fields,
        IReadOnlyList<AuthorizationChallenge> authorizationChallenges,
        IReadOnlyList<CredentialInfo> credentials,
        IReadOnlyList<TrustRootFile>? trustRoots)
    {
        Code = code;
        _fields = fields;
        Errors = fields.All(ResponseParser.ErrorKey);
        AuthorizationChallenges = authorizationChallenges;
        Credentials = credentials;
        TrustRoots = trustRoots;
    }

    /// <summary>The outcome (<c>RESPONSE=</c>).</summary>
    public MyProxyResponseCode Code { get; }

    /// <summary>Whether the server refused (<c>RESPONSE=1</c>).</summary>
    public bool IsError => Code == MyProxyResponseCode.Error;

    /// <summary>Every <c>ERROR=</c> line, in order; possibly empty even for an error response.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Every <c>KEY=value</c> line in the order received, including keys this client does not know.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields.Lines;

    /// <summary>The offered methods of a <c>RESPONSE=2</c> message, in the server's order; empty otherwise.</summary>
    public IReadOnlyList<AuthorizationChallenge> AuthorizationChallenges { get; }

    /// <summary>The credentials an INFO response lists, the first one first; empty when there are none.</summary>
    public IReadOnlyList<CredentialInfo> Credentials { get; }

    /// <summary>
    /// The trust-root files, or <see langword="null"/> when the response has no <c>TRUSTED_CERTS=</c> line
    /// (the server has no trust-root directory, or none were asked for).
    /// </summary>
    public IReadOnlyList<TrustRootFile>? TrustRoots { get; }

    /// <summary>The value of the first line with exactly this key.</summary>
    /// <param name="key">The key without <c>=</c>, for example <c>RESPONSE</c>.</param>
    /// <returns>The value, or <see langword="null"/> when no line has that key.</returns>
    public string? GetValue(string key)
    {
        foreach (var (lineKey, value) in _fields.Lines)
        {
            if (string.Equals(lineKey, key, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The values of every line with exactly this key, in order.</summary>
    /// <param name="key">The key without <c>=</c>.</param>
    /// <returns>The values; empty when no line has that key.</returns>
    public IReadOnlyList<string> GetValues(string key) => _fields.All(key);

    /// <summary>Throws when the server refused the request.</summary>
    /// <exception cref="MyProxyServerException">The response is <c>RESPONSE=1</c>; it carries the error lines.</exception>
    public void ThrowIfError()
    {
        if (IsError)
        {
            throw new MyProxyServerException(Errors);
        }
    }

    /// <summary>A short summary: the code, the error lines and the number of lines.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"MyProxyResponse {{ Code = {Code}, Errors = [{string.Join(" | ", Errors)}], Lines = {Fields.Count} }}";
}
