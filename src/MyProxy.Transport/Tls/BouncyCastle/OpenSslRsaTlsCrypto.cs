using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace MyProxy.Transport.Tls.BouncyCastle;

/// <summary>
/// BouncyCastle's TLS crypto with the peer's RSA signatures checked by System.Security.Cryptography. BouncyCastle
/// proves every RSA public key it parses is not prime (Miller-Rabin on the 2048-bit modulus, about 20 ms), which
/// doubled a whole EC logon; OpenSSL, like the C client, verifies without that test. The certificate itself is
/// still validated by our own chain check.
/// </summary>
internal sealed class OpenSslRsaTlsCrypto(SecureRandom random) : BcTlsCrypto(random)
{
    public override TlsCertificate CreateCertificate(short type, byte[] encoding) =>
        type == CertificateType.X509 ? new OpenSslRsaTlsCertificate(this, encoding) : base.CreateCertificate(type, encoding);
}
