using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Credentials;
using MyProxy.Transport.Identity;

namespace MyProxy.Transport.Tls;

/// <summary>The client credential as SslStream wants it: the leaf with its key and the rest of the chain.</summary>
internal sealed class SslClientCertificate : IDisposable
{
    private readonly X509Certificate2 _leaf;
    private readonly X509Certificate2Collection _chain;

    private SslClientCertificate(X509Certificate2 leaf, X509Certificate2Collection chain, SslStreamCertificateContext context)
    {
        _leaf = leaf;
        _chain = chain;
        Context = context;
    }

    public SslStreamCertificateContext Context { get; }

    public static SslClientCertificate? Create(X509Credential? credential)
    {
        if (credential is null)
        {
            return null;
        }

        var leaf = WithKey(credential);
        var chain = new X509Certificate2Collection();
        foreach (var certificate in credential.Chain.Skip(1))
        {
            chain.Add(X509CertificateLoader.LoadCertificate(certificate.RawDataMemory.Span));
        }

        try
        {
            // offline: the whole chain is here; nothing is fetched, and SslStream sends it as given.
            var context = SslStreamCertificateContext.Create(leaf, chain, offline: true);
            return new SslClientCertificate(leaf, chain, context);
        }
        catch (CryptographicException exception)
        {
            Dispose(leaf, chain);
            // OpenSSL refuses RFC 3820 proxies while .NET builds the chain (X509_V_ERR_PROXY_CERTIFICATES_NOT_ALLOWED);
            // every SslStream path builds that chain (docs/transport.md). GT3 draft and end-entity credentials pass.
            throw new MyProxyTransportException(
                $"the SslStream transport cannot present the client credential {DistinguishedNameText.ToSlashForm(credential.Certificate.SubjectName)} on this platform: its TLS library refuses RFC 3820 proxy certificates ({exception.Message}); use the BouncyCastle transport (--transport bouncycastle)",
                exception);
        }
    }

    public void Dispose() => Dispose(_leaf, _chain);

    private static X509Certificate2 WithKey(X509Credential credential) => credential.PrivateKey switch
    {
        RSA rsa => credential.Certificate.CopyWithPrivateKey(rsa),
        ECDsa ecdsa => credential.Certificate.CopyWithPrivateKey(ecdsa),
        _ => throw new MyProxyTransportException(
            $"the client credential's key is a {credential.PrivateKey.GetType().Name}; only RSA and EC keys can authenticate a TLS client"),
    };

    private static void Dispose(X509Certificate2 leaf, X509Certificate2Collection chain)
    {
        leaf.Dispose();
        foreach (var certificate in chain)
        {
            certificate.Dispose();
        }
    }
}
