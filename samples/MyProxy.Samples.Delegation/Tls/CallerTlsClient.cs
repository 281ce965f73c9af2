using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Validation;
using MyProxy.Transport.Identity;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace MyProxy.Samples.Delegation.Tls;

/// <summary>
/// The caller's end of TLS: presents its proxy chain as the client certificate (which SslStream cannot do for an
/// RFC 3820 proxy on Linux) and checks the service's chain and host name with our own validator.
/// </summary>
internal sealed class CallerTlsClient(X509Credential? credential, string host, ICertificateChainValidator serverValidator)
    : DefaultTlsClient(new BcTlsCrypto(new SecureRandom()))
{
    private readonly X509Credential? _credential = credential;

    /// <summary>Why the service's certificate was refused, kept because BouncyCastle reports only an alert.</summary>
    public string? ServerRefusal { get; private set; }

    public override TlsAuthentication GetAuthentication() => new Authentication(this);

    protected override ProtocolVersion[] GetSupportedVersions() => ProtocolVersion.TLSv13.DownTo(ProtocolVersion.TLSv12);

    private void CheckServer(List<X509Certificate2> chain)
    {
        var verdict = serverValidator.Validate(chain);
        if (!verdict.IsValid)
        {
            ServerRefusal = $"the service's certificate is not valid: {verdict.Failures[0]}";
        }
        else if (!ServerIdentityPolicy.HostName.Matches(host, chain[0]))
        {
            ServerRefusal = $"the service presented {chain[0].Subject}, which is not a certificate for {host}";
        }

        if (ServerRefusal is not null)
        {
            throw new TlsFatalAlert(AlertDescription.bad_certificate);
        }
    }

    private sealed class Authentication(CallerTlsClient client) : TlsAuthentication
    {
        public void NotifyServerCertificate(TlsServerCertificate serverCertificate)
        {
            var certificates = serverCertificate.Certificate;
            var chain = new List<X509Certificate2>(certificates.Length);
            for (var i = 0; i < certificates.Length; i++)
            {
                chain.Add(X509CertificateLoader.LoadCertificate(certificates.GetCertificateAt(i).GetEncoded()));
            }

            client.CheckServer(chain);
        }

        public TlsCredentials? GetClientCredentials(Org.BouncyCastle.Tls.CertificateRequest certificateRequest) =>
            client._credential is null
                ? null
                : TlsSigner.Create(
                    client.m_context, (BcTlsCrypto)client.Crypto, client._credential, certificateRequest.SupportedSignatureAlgorithms, certificateRequest.GetCertificateRequestContext());
    }
}
