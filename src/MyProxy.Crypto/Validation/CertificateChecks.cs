using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Validation;

/// <summary>Checks that apply to single certificates on both parts of the path: validity, critical extensions, signature strength.</summary>
internal static class CertificateChecks
{
    private static readonly HashSet<string> ProxyCriticalExtensions = new(StringComparer.Ordinal)
    {
        "2.5.29.15", "2.5.29.37", "2.5.29.19", "2.5.29.14", "2.5.29.35", "2.16.840.1.113730.1.1",
        ProxyObjectIdentifiers.ProxyCertInfo, ProxyObjectIdentifiers.DraftProxyCertInfo,
    };

    private static readonly HashSet<string> BaseCriticalExtensions = new(StringComparer.Ordinal)
    {
        "2.5.29.15", "2.5.29.37", "2.5.29.19", "2.5.29.14", "2.5.29.35", "2.5.29.17", "2.5.29.18", "2.5.29.31", "2.5.29.32",
        "2.16.840.1.113730.1.1", "1.3.6.1.5.5.7.1.1",
    };

    public static void Validity(FailureList failures, int index, X509Certificate2 certificate, DateTimeOffset now, TimeSpan grace)
    {
        var notBefore = new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero);
        var notAfter = NotAfter(certificate);
        if (now + grace < notBefore)
        {
            failures.Add(index, certificate, ChainValidationRule.CertificateNotYetValid, $"certificate not yet valid: valid from {notBefore:u}");
        }
        else if (now - grace >= notAfter)
        {
            failures.Add(index, certificate, ChainValidationRule.CertificateExpired, $"certificate expired at {notAfter:u}");
        }
    }

    public static DateTimeOffset NotAfter(X509Certificate2 certificate) => new(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);

    public static void CriticalExtensions(FailureList failures, int index, X509Certificate2 certificate, bool isProxy)
    {
        var known = isProxy ? ProxyCriticalExtensions : BaseCriticalExtensions;
        foreach (var extension in certificate.Extensions)
        {
            if (extension.Critical && !known.Contains(extension.Oid?.Value ?? string.Empty))
            {
                failures.Add(index, certificate, ChainValidationRule.UnknownCriticalExtension, $"unknown critical extension {extension.Oid?.Value}");
            }
        }
    }

    public static void SignatureStrength(FailureList failures, int index, X509Certificate2 certificate, bool reject)
    {
        var signed = SignedObject.TryRead(certificate.RawData);
        var algorithm = signed is null ? null : SignatureAlgorithm.Resolve(signed.AlgorithmOid, signed.AlgorithmParameters);
        if (reject && algorithm is { IsWeak: true })
        {
            failures.Add(index, certificate, ChainValidationRule.WeakSignature,
                $"weak signature: signed with {algorithm.Hash.Name}; re-issue it with SHA-256 or better");
        }
    }

    public static X509BasicConstraintsExtension? BasicConstraints(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault();

    public static X509KeyUsageExtension? KeyUsage(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
}
