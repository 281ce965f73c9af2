#pragma warning disable IDE0005 // PLACEHOLDER
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Requests;

namespace MyProxy.Crypto.Backends.BouncyCastle;

// PLACEHOLDER: replaced by the implementation; must not survive into a submission.
internal static class BouncyCastleRequests
{
    public static byte[] Create(AsymmetricAlgorithm key, CertificateRequestOptions options) => throw new NotImplementedException();

    public static DecodedCertificateRequest Decode(ReadOnlyMemory<byte> der) => throw new NotImplementedException();
}
