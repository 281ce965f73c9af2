using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MyProxy.Transport.Net;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace MyProxy.Transport.Tls.BouncyCastle;

/// <summary>A BouncyCastle TLS client for MyProxy: TLS 1.2 and 1.3, our server verification, the client credential.</summary>
internal sealed class MyProxyTlsClient : DefaultTlsClient
{
    private readonly MyProxyEndpoint _endpoint;
    private readonly TransportOptions _options;
    private IReadOnlyList<X509Certificate2> _serverCertificates = [];

    public MyProxyTlsClient(MyProxyEndpoint endpoint, TransportOptions options)
        : base(new OpenSslRsaTlsCrypto(new SecureRandom()))
    {
        _endpoint = endpoint;
        _options = options;
        Verifier = new ServerVerifier(endpoint, options);
    }

    public ServerVerifier Verifier { get; }

    /// <summary>Why the client credential could not be used, kept because BouncyCastle reports only an alert.</summary>
    public MyProxyException? CredentialFailure { get; private set; }

    public TlsSessionInfo Session()
    {
        var parameters = m_context.SecurityParameters;
        var protocol = parameters.NegotiatedVersion.Equals(ProtocolVersion.TLSv13) ? SslProtocols.Tls13 : SslProtocols.Tls12;
        return new TlsSessionInfo(_serverCertificates, protocol, (TlsCipherSuite)parameters.CipherSuite);
    }

    public void DisposeCertificates()
    {
        foreach (var certificate in _serverCertificates)
        {
            certificate.Dispose();
        }
    }

    public override TlsAuthentication GetAuthentication() => new Authentication(this);

    protected override ProtocolVersion[] GetSupportedVersions() => ProtocolVersion.TLSv13.DownTo(ProtocolVersion.TLSv12);

    protected override IList<ServerName>? GetSniServerNames() =>
        IPAddress.TryParse(_endpoint.Host, out _) ? null : [new ServerName(NameType.host_name, Encoding.ASCII.GetBytes(_endpoint.Host))];

    private sealed class Authentication(MyProxyTlsClient client) : TlsAuthentication
    {
        public void NotifyServerCertificate(TlsServerCertificate serverCertificate)
        {
            var chain = serverCertificate.Certificate;
            var certificates = new List<X509Certificate2>(chain.Length);
            for (var i = 0; i < chain.Length; i++)
            {
                certificates.Add(X509CertificateLoader.LoadCertificate(chain.GetCertificateAt(i).GetEncoded()));
            }

            client._serverCertificates = certificates;
            if (!client.Verifier.TryVerify(certificates))
            {
                throw new TlsFatalAlert(AlertDescription.bad_certificate);
            }
        }

        public TlsCredentials? GetClientCredentials(Org.BouncyCastle.Tls.CertificateRequest certificateRequest)
        {
            var credential = client._options.ClientCredential;
            if (credential is null)
            {
                return null;
            }

            try
            {
                return ClientCredentials.Create(client.m_context, (BcTlsCrypto)client.Crypto, credential, certificateRequest);
            }
            catch (MyProxyException exception)
            {
                client.CredentialFailure = exception;
                throw new TlsFatalAlert(AlertDescription.internal_error);
            }
        }
    }
}
