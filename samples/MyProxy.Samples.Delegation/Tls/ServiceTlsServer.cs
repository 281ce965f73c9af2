using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Credentials;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace MyProxy.Samples.Delegation.Tls;

/// <summary>
/// The service's end of TLS: the host credential, TLS 1.2 and 1.3 with RSA suites, and a request for a client
/// certificate that accepts <em>any</em> chain. BouncyCastle checks that the caller holds the leaf's key
/// (CertificateVerify); whether the chain is trustworthy is decided later, by <c>ProxyChainValidator</c>.
/// </summary>
internal sealed class ServiceTlsServer : DefaultTlsServer
{
    private static readonly int[] RsaSuites =
    [
        CipherSuite.TLS_AES_256_GCM_SHA384,
        CipherSuite.TLS_AES_128_GCM_SHA256,
        CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
    ];

    private readonly X509Credential _host;

    public ServiceTlsServer(X509Credential host)
        : base(new BcTlsCrypto(new SecureRandom()))
    {
        _host = host;
    }

    /// <summary>The chain the client presented, leaf first; empty when it sent none.</summary>
    public IReadOnlyList<X509Certificate2> ClientChain { get; private set; } = [];

    public override TlsCredentials GetCredentials() =>
        TlsSigner.Create(m_context, (BcTlsCrypto)Crypto, _host, m_context.SecurityParameters.ClientSigAlgs, requestContext: null);

    public override Org.BouncyCastle.Tls.CertificateRequest GetCertificateRequest()
    {
        var algorithms = TlsUtilities.GetDefaultSupportedSignatureAlgorithms(m_context);
        return TlsUtilities.IsTlsV13(m_context)
            ? new Org.BouncyCastle.Tls.CertificateRequest(TlsUtilities.EmptyBytes, algorithms, null, null)
            : new Org.BouncyCastle.Tls.CertificateRequest([ClientCertificateType.rsa_sign, ClientCertificateType.ecdsa_sign], algorithms, null);
    }

    public override void NotifyClientCertificate(Certificate clientCertificate)
    {
        var chain = new List<X509Certificate2>(clientCertificate.Length);
        for (var i = 0; i < clientCertificate.Length; i++)
        {
            chain.Add(X509CertificateLoader.LoadCertificate(clientCertificate.GetCertificateAt(i).GetEncoded()));
        }

        ClientChain = chain;
    }

    protected override ProtocolVersion[] GetSupportedVersions() => ProtocolVersion.TLSv13.DownTo(ProtocolVersion.TLSv12);

    protected override int[] GetSupportedCipherSuites() => TlsUtilities.GetSupportedCipherSuites(Crypto, RsaSuites);
}
