using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Crypto.Summary;

/// <summary>
/// Key strength as <c>grid-proxy-info -strength</c> prints it: <c>8 * EVP_PKEY_size</c>. For RSA that is the
/// modulus size; for ECDSA it is the size of the largest DER signature (P-256: 72 bytes = 576), not the curve size.
/// </summary>
internal static class KeyStrength
{
    public static int Bits(X509Certificate2 certificate)
    {
        using (var rsa = certificate.PublicKey.GetRSAPublicKey())
        {
            if (rsa is not null)
            {
                return rsa.KeySize;
            }
        }

        using var ecdsa = certificate.PublicKey.GetECDsaPublicKey();
        return ecdsa is null ? 0 : 8 * MaxDerSignatureLength(ecdsa.KeySize);
    }

    // SEQUENCE { INTEGER r, INTEGER s }, each integer as long as the order plus a leading zero byte.
    private static int MaxDerSignatureLength(int orderBits)
    {
        var integer = DerLength((orderBits + 7) / 8 + 1);
        return DerLength(2 * integer);
    }

    private static int DerLength(int contentLength) => 1 + contentLength + contentLength switch
    {
        < 0x80 => 1,
        < 0x100 => 2,
        _ => 3,
    };
}
