#pragma warning disable IDE0005 // PLACEHOLDER
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Requests;

namespace MyProxy.Crypto.Backends.SystemCrypto;

// PLACEHOLDER: replaced by the implementation; must not survive into a submission.
internal static class SystemIssuer
{
    public static X509Certificate2 Issue(CertificateTemplate template, PublicKey subjectPublicKey, AsymmetricAlgorithm issuerKey) => throw new NotImplementedException();
}
