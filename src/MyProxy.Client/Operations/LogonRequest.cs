using System.Security.Cryptography;
using System.Text;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Requests;

namespace MyProxy.Client.Operations;

/// <summary>
/// A logon (GET, <c>myproxy-logon</c>): a new proxy (or, from an online CA, a new certificate) for a key this
/// client generates, or for a caller's key or certificate request.
/// </summary>
public sealed record LogonRequest : MyProxyCommandRequest
{
    /// <summary>The credential passphrase (or online-CA password). Empty: authenticate with <see cref="MyProxyCommandRequest.ClientCredential"/> alone (trusted retriever, <c>-n</c>) or renewal. A secret.</summary>
    public string Passphrase { get; init; } = string.Empty;

    /// <summary>The requested lifetime; <see cref="MyProxyClientOptions.ProxyLifetime"/> when <see langword="null"/>. The server may shorten it.</summary>
    public TimeSpan? Lifetime { get; init; }

    /// <summary>The key to generate; from the options' <c>KeyType</c>/<c>KeySize</c> when <see langword="null"/>.</summary>
    public KeySpecification? Key { get; init; }

    /// <summary>A caller's key pair to certify instead of a new one (borrowed; the result's credential holds a copy).</summary>
    public AsymmetricAlgorithm? PrivateKey { get; init; }

    /// <summary>A caller's DER PKCS#10 request (<c>-Q</c>): sent as is; the result then has the chain only, no key.</summary>
    public ReadOnlyMemory<byte>? CertificateRequest { get; init; }

    /// <summary>Also ask for the server's trust roots (<c>-T</c>) and install them in the trust store.</summary>
    public bool WantTrustRoots { get; init; }

    /// <summary>Allow a first-contact trust bootstrap (<c>-b</c>, implies <see cref="WantTrustRoots"/>), if the bootstrap policy agrees.</summary>
    public bool Bootstrap { get; init; }

    /// <summary>VOMS attributes to ask the server for (<c>-m</c>), e.g. <c>atlas:/atlas/Role=pilot</c>.</summary>
    public IReadOnlyList<string> VONames { get; init; } = [];

    /// <summary>vomses lines for those VOs (what <c>$VOMS_USERCONF</c> holds).</summary>
    public IReadOnlyList<string> Vomses { get; init; } = [];

    /// <summary>The credential being renewed (<c>-a</c>): answers the server's certificate challenge (borrowed).</summary>
    public X509Credential? RenewalCredential { get; init; }

    /// <summary>
    /// Authenticate only (<c>myproxy-logon -N</c> without <c>-o</c>): the server checks the request (and sends trust
    /// roots when asked), then the client closes before the delegation; the result holds no credential and no chain.
    /// </summary>
    public bool AuthenticateOnly { get; init; }

    /// <summary>
    /// How the certificate request is made; <see langword="null"/>: an RFC 3820 impersonation proxy request.
    /// A request without ProxyCertInfo (<c>GT_PROXY_MODE=old</c>) asks for a legacy proxy of a stored end-entity credential.
    /// </summary>
    public CertificateRequestOptions? RequestOptions { get; init; }

    /// <inheritdoc/>
    protected override bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Username = ").Append(Username)
            .Append(", CredentialName = ").Append(CredentialName)
            .Append(", Passphrase = ").Append(Passphrase.Length == 0 ? "(empty)" : "***")
            .Append(", Lifetime = ").Append(Lifetime)
            .Append(", Key = ").Append(Key)
            .Append(", WantTrustRoots = ").Append(WantTrustRoots)
            .Append(", AuthenticateOnly = ").Append(AuthenticateOnly)
            .Append(", VONames = [").AppendJoin(", ", VONames).Append(']');
        return true;
    }
}
