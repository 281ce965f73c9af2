#pragma warning disable IDE0005 // PLACEHOLDER
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Requests;

namespace MyProxy.Crypto.Backends.SystemCrypto;

// PLACEHOLDER: replaced by the implementation; must not survive into a submission.
internal static class SystemKeys
{
    public static AsymmetricAlgorithm Generate(KeySpecification specification) => throw new NotImplementedException();

    public static AsymmetricAlgorithm ImportPem(ReadOnlySpan<char> pem, ReadOnlySpan<char> passphrase) => throw new NotImplementedException();

    public static string ExportPem(AsymmetricAlgorithm key, PrivateKeyPemFormat format, ReadOnlySpan<char> passphrase) => throw new NotImplementedException();
}
