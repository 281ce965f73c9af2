using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Validation;

/// <summary>
/// Classification for path building: like <see cref="ProxyCertificateClassifier"/>, except that a certificate
/// with a ProxyCertInfo extension and cA=TRUE is still a proxy (one that breaks RFC 3820 §3.7), not a CA.
/// </summary>
internal static class PathClassification
{
    public static CertificateClassification Classify(X509Certificate2 certificate, out bool claimsCertificateAuthority)
    {
        var classification = ProxyCertificateClassifier.Classify(certificate);
        claimsCertificateAuthority = classification.Kind == CertificateKind.CertificateAuthority;
        if (!claimsCertificateAuthority)
        {
            return classification;
        }

        foreach (var extension in certificate.Extensions)
        {
            var format = extension.Oid?.Value switch
            {
                ProxyObjectIdentifiers.ProxyCertInfo => ProxyCertificateFormat.Rfc3820,
                ProxyObjectIdentifiers.DraftProxyCertInfo => ProxyCertificateFormat.Draft,
                _ => (ProxyCertificateFormat?)null,
            };
            if (format is { } proxyFormat)
            {
                return ProxyCertInfo.TryDecode(extension.RawData, proxyFormat, out var info, out var problem)
                    ? new CertificateClassification(CertificateKind.Proxy, proxyFormat, info!.Kind, info, extension.Critical)
                    : new CertificateClassification(CertificateKind.Proxy, proxyFormat, Problem: problem, IsProxyCertInfoCritical: extension.Critical);
            }
        }

        return classification;
    }
}
