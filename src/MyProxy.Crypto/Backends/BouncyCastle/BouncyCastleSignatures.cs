#pragma warning disable IDE0005 // PLACEHOLDER
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Requests;

namespace MyProxy.Crypto.Backends.BouncyCastle;

// PLACEHOLDER: replaced by the implementation; must not survive into a submission.
internal static class BouncyCastleSignatures
{
    public static bool VerifyCertificate(X509Certificate2 certificate, PublicKey issuerPublicKey) => throw new NotImplementedException();

    public static bool VerifyCrl(ReadOnlyMemory<byte> crlDer, PublicKey issuerPublicKey) => throw new NotImplementedException();
}
