using System.Security.Cryptography.X509Certificates;

namespace MyProxy.IntegrationTests.Crypto;

/// <summary>One proxy file made by a real tool, with what the real tools said about it when the fixture ran.</summary>
/// <param name="Name">Short unique name, for example <c>rfc-limited</c> or <c>handmade-noncritical-pci</c>.</param>
/// <param name="Origin">grid-proxy-init, or hand-made with <c>openssl x509 -req</c>.</param>
/// <param name="Recipe">The grid-proxy-init options (and issuer), or what the hand-made vector breaks.</param>
/// <param name="Path">The proxy file: leaf certificate, its unencrypted key, then the issuing chain (no CA).</param>
/// <param name="LeafPath">The leaf certificate alone (PEM).</param>
/// <param name="ChainPath">The rest of the chain, issuer first, without the CA (PEM): openssl's <c>-untrusted</c>.</param>
/// <param name="Info">What grid-proxy-info printed.</param>
/// <param name="ExpiryCheckPassed">Whether <c>grid-proxy-info -file F -e</c> exited 0.</param>
/// <param name="Gct">The "Checking certificate trust chain" verdict of <c>grid-cert-diagnostics -c F</c>.</param>
/// <param name="OpenSsl">The verdict of <c>openssl verify -allow_proxy_certs -CApath trust -untrusted chain leaf</c>.</param>
public sealed record ProxyVector(
    string Name,
    ProxyVectorOrigin Origin,
    string Recipe,
    string Path,
    string LeafPath,
    string ChainPath,
    GridProxyInfoReport Info,
    bool ExpiryCheckPassed,
    ToolVerdict Gct,
    ToolVerdict OpenSsl)
{
    /// <summary>Loads the leaf certificate; the caller disposes it.</summary>
    /// <returns>The newest proxy of the file.</returns>
    public X509Certificate2 LoadLeaf() => PemBlocks.LoadFirstCertificate(LeafPath);

    /// <summary>Loads the certificates of the proxy file, leaf first (the key is skipped); the caller disposes them.</summary>
    /// <returns>The chain as grid-proxy-init wrote it.</returns>
    public X509Certificate2Collection LoadChain()
    {
        var chain = new X509Certificate2Collection();
        chain.ImportFromPemFile(Path);
        return chain;
    }
}
