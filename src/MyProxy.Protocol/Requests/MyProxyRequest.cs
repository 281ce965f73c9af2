using System.Text;

namespace MyProxy.Protocol.Requests;

/// <summary>
/// One MyProxy request as the client sends it: the command and the text fields of the wire message.
/// Immutable; build one with a factory such as <see cref="Get"/> and adjust it with a <c>with</c> expression.
/// <see cref="MyProxyRequestEncoder"/> validates and serializes it.
/// </summary>
/// <remarks><see cref="object.ToString"/> never shows the passphrases.</remarks>
public sealed record MyProxyRequest
{
    /// <summary>The passphrase the C client sends for INFO and DESTROY, where the server ignores it.</summary>
    public const string DummyPassphrase = "DUMMY-PASSPHRASE";

    /// <summary>The operation requested (<c>COMMAND=</c>).</summary>
    public required MyProxyCommand Command { get; init; }

    /// <summary>The MyProxy account name (<c>USERNAME=</c>); required except for GET_TRUSTROOTS.</summary>
    public string Username { get; init; } = string.Empty;

    /// <summary>The credential passphrase (<c>PASSPHRASE=</c>, always sent, possibly empty). A secret.</summary>
    public string Passphrase { get; init; } = string.Empty;

    /// <summary>The new passphrase for CHANGE_PASSWORD (<c>NEW_PHRASE=</c>, sent only when set). A secret.</summary>
    public string? NewPassphrase { get; init; }

    /// <summary>
    /// <c>LIFETIME=</c> in seconds, always sent. GET: requested proxy lifetime. PUT/STORE: the longest
    /// lifetime of proxies later retrieved from the stored credential. Otherwise 0.
    /// </summary>
    public int LifetimeSeconds { get; init; }

    /// <summary>The credential's retriever policy, a DN pattern (<c>RETRIEVER=</c>; PUT/STORE).</summary>
    public string? Retrievers { get; init; }

    /// <summary>The credential's renewer policy, a DN pattern (<c>RENEWER=</c>; PUT/STORE).</summary>
    public string? Renewers { get; init; }

    /// <summary>The credential's key-retriever policy, a DN pattern (<c>KEYRETRIEVERS=</c>; STORE).</summary>
    public string? KeyRetrievers { get; init; }

    /// <summary>The credential's trusted-retriever policy, a DN pattern (<c>RETRIEVER_TRUSTED=</c>; PUT/STORE).</summary>
    public string? TrustedRetrievers { get; init; }

    /// <summary>The credential name, when a user keeps several credentials (<c>CRED_NAME=</c>).</summary>
    public string? CredentialName { get; init; }

    /// <summary>A free-text description shown by INFO (<c>CRED_DESC=</c>; PUT/STORE).</summary>
    public string? CredentialDescription { get; init; }

    /// <summary>Whether to ask for the trust roots in the first OK response (<c>TRUSTED_CERTS=1</c>).</summary>
    public bool WantTrustRoots { get; init; }

    /// <summary>VOMS attribute requests for GET, one <c>VONAME=</c> line each (e.g. <c>atlas:/atlas/Role=pilot</c>).</summary>
    public IReadOnlyList<string> VONames { get; init; } = [];

    /// <summary>vomses entries for GET, one <c>VOMSES=</c> line each.</summary>
    public IReadOnlyList<string> Vomses { get; init; } = [];

    /// <summary>A GET (logon) request.</summary>
    /// <param name="username">The MyProxy account name.</param>
    /// <param name="passphrase">The credential passphrase; empty when another method authorizes the request.</param>
    /// <param name="lifetimeSeconds">The requested proxy lifetime in seconds.</param>
    /// <param name="credentialName">The credential name, or <see langword="null"/> for the default credential.</param>
    /// <param name="wantTrustRoots">Whether to ask for the server's trust roots too.</param>
    /// <returns>The request.</returns>
    public static MyProxyRequest Get(
        string username, string passphrase, int lifetimeSeconds, string? credentialName = null, bool wantTrustRoots = false) => new()
        {
            Command = MyProxyCommand.Get,
            Username = username,
            Passphrase = passphrase,
            LifetimeSeconds = lifetimeSeconds,
            CredentialName = credentialName,
            WantTrustRoots = wantTrustRoots,
        };

    /// <summary>A PUT (init) request; set policies and a description with a <c>with</c> expression.</summary>
    /// <param name="username">The MyProxy account name.</param>
    /// <param name="passphrase">The passphrase protecting the stored credential (at least 6 characters), or empty.</param>
    /// <param name="maxRetrievalLifetimeSeconds">The longest lifetime of proxies later retrieved, in seconds.</param>
    /// <param name="credentialName">The credential name, or <see langword="null"/> for the default credential.</param>
    /// <returns>The request.</returns>
    public static MyProxyRequest Put(
        string username, string passphrase, int maxRetrievalLifetimeSeconds, string? credentialName = null) => new()
        {
            Command = MyProxyCommand.Put,
            Username = username,
            Passphrase = passphrase,
            LifetimeSeconds = maxRetrievalLifetimeSeconds,
            CredentialName = credentialName,
        };

    /// <summary>An INFO request; sends the C client's dummy passphrase, which the server ignores.</summary>
    /// <param name="username">The MyProxy account name.</param>
    /// <param name="credentialName">Restrict the answer to this credential, or <see langword="null"/> for all.</param>
    /// <returns>The request.</returns>
    public static MyProxyRequest Info(string username, string? credentialName = null) => new()
    {
        Command = MyProxyCommand.Info,
        Username = username,
        Passphrase = DummyPassphrase,
        CredentialName = credentialName,
    };

    /// <summary>A DESTROY request; sends the C client's dummy passphrase, which the server ignores.</summary>
    /// <param name="username">The MyProxy account name.</param>
    /// <param name="credentialName">The credential to remove, or <see langword="null"/> for the default one.</param>
    /// <returns>The request.</returns>
    public static MyProxyRequest Destroy(string username, string? credentialName = null) => new()
    {
        Command = MyProxyCommand.Destroy,
        Username = username,
        Passphrase = DummyPassphrase,
        CredentialName = credentialName,
    };

    /// <summary>A CHANGE_PASSWORD request.</summary>
    /// <param name="username">The MyProxy account name.</param>
    /// <param name="passphrase">The current passphrase.</param>
    /// <param name="newPassphrase">The new passphrase, at least 6 characters.</param>
    /// <param name="credentialName">The credential name, or <see langword="null"/> for the default credential.</param>
    /// <returns>The request.</returns>
    public static MyProxyRequest ChangePassphrase(
        string username, string passphrase, string newPassphrase, string? credentialName = null) => new()
        {
            Command = MyProxyCommand.ChangePassword,
            Username = username,
            Passphrase = passphrase,
            NewPassphrase = newPassphrase,
            CredentialName = credentialName,
        };

    /// <summary>A STORE request; the stored key's own PEM passphrase protects it, so PASSPHRASE is empty.</summary>
    /// <param name="username">The MyProxy account name.</param>
    /// <param name="maxRetrievalLifetimeSeconds">The longest lifetime of proxies later retrieved, in seconds.</param>
    /// <param name="credentialName">The credential name, or <see langword="null"/> for the default credential.</param>
    /// <returns>The request.</returns>
    public static MyProxyRequest Store(string username, int maxRetrievalLifetimeSeconds, string? credentialName = null) => new()
    {
        Command = MyProxyCommand.Store,
        Username = username,
        LifetimeSeconds = maxRetrievalLifetimeSeconds,
        CredentialName = credentialName,
    };

    /// <summary>A RETRIEVE request.</summary>
    /// <param name="username">The MyProxy account name.</param>
    /// <param name="passphrase">The credential passphrase; empty when another method authorizes the request.</param>
    /// <param name="credentialName">The credential name, or <see langword="null"/> for the default credential.</param>
    /// <param name="wantTrustRoots">Whether to ask for the server's trust roots too.</param>
    /// <returns>The request.</returns>
    public static MyProxyRequest Retrieve(
        string username, string passphrase, string? credentialName = null, bool wantTrustRoots = false) => new()
        {
            Command = MyProxyCommand.Retrieve,
            Username = username,
            Passphrase = passphrase,
            CredentialName = credentialName,
            WantTrustRoots = wantTrustRoots,
        };

    /// <summary>A GET_TRUSTROOTS request: no username, no passphrase, <c>TRUSTED_CERTS=1</c>.</summary>
    /// <returns>The request.</returns>
    public static MyProxyRequest GetTrustRoots() => new()
    {
        Command = MyProxyCommand.GetTrustRoots,
        WantTrustRoots = true,
    };

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Command = ").Append(Command)
            .Append(", Username = ").Append(Username)
            .Append(", Passphrase = ").Append(Mask(Passphrase))
            .Append(", NewPassphrase = ").Append(Mask(NewPassphrase))
            .Append(", LifetimeSeconds = ").Append(LifetimeSeconds)
            .Append(", Retrievers = ").Append(Retrievers)
            .Append(", Renewers = ").Append(Renewers)
            .Append(", KeyRetrievers = ").Append(KeyRetrievers)
            .Append(", TrustedRetrievers = ").Append(TrustedRetrievers)
            .Append(", CredentialName = ").Append(CredentialName)
            .Append(", CredentialDescription = ").Append(CredentialDescription)
            .Append(", WantTrustRoots = ").Append(WantTrustRoots)
            .Append(", VONames = [").AppendJoin(", ", VONames ?? [])
            .Append("], Vomses = [").AppendJoin(", ", Vomses ?? []).Append(']');
        return true;
    }

    private static string Mask(string? secret) => string.IsNullOrEmpty(secret) ? "(empty)" : "***";
}
