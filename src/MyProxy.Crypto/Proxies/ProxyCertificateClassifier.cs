using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Crypto.Proxies;

/// <summary>
/// Tells CAs, end-entity certificates and proxies apart. Extensions are tested first (RFC 3820, then the
/// GT3 draft), then the legacy last CN (<c>proxy</c> / <c>limited proxy</c>, exact and case-sensitive), so an
/// RFC proxy whose CN happens to read "limited proxy" is not mistaken for a legacy one.
/// </summary>
public static class ProxyCertificateClassifier
{
    private const string CommonNameOid = "2.5.4.3";

    /// <summary>Classifies a certificate.</summary>
    /// <param name="certificate">The certificate to inspect.</param>
    /// <returns>Its kind, and for a proxy its format, policy and ProxyCertInfo.</returns>
    public static CertificateClassification Classify(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (IsCertificateAuthority(certificate))
        {
            return new CertificateClassification(CertificateKind.CertificateAuthority);
        }

        var rfc = FindExtensions(certificate, ProxyObjectIdentifiers.ProxyCertInfo);
        var draft = FindExtensions(certificate, ProxyObjectIdentifiers.DraftProxyCertInfo);
        if (rfc.Count + draft.Count > 1)
        {
            return Malformed(rfc.Count > 0 ? ProxyCertificateFormat.Rfc3820 : ProxyCertificateFormat.Draft, "more than one ProxyCertInfo extension");
        }

        if (rfc.Count == 1)
        {
            return FromExtension(rfc[0], ProxyCertificateFormat.Rfc3820);
        }

        if (draft.Count == 1)
        {
            return FromExtension(draft[0], ProxyCertificateFormat.Draft);
        }

        return LastCommonName(certificate) switch
        {
            "proxy" => new CertificateClassification(CertificateKind.Proxy, ProxyCertificateFormat.Legacy, ProxyPolicyKind.InheritAll),
            "limited proxy" => new CertificateClassification(CertificateKind.Proxy, ProxyCertificateFormat.Legacy, ProxyPolicyKind.Limited),
            _ => new CertificateClassification(CertificateKind.EndEntity),
        };
    }

    /// <summary>The value of the last RDN when it is a single CN, else <see langword="null"/>.</summary>
    /// <param name="name">A distinguished name.</param>
    /// <returns>The CN text, or <see langword="null"/>.</returns>
    public static string? LastCommonName(X500DistinguishedName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var last = name.EnumerateRelativeDistinguishedNames(reversed: false).LastOrDefault();
        if (last is null || last.HasMultipleElements || last.GetSingleElementType().Value != CommonNameOid)
        {
            return null;
        }

        return last.GetSingleElementValue();
    }

    private static string? LastCommonName(X509Certificate2 certificate) => LastCommonName(certificate.SubjectName);

    private static bool IsCertificateAuthority(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509BasicConstraintsExtension>().Any(constraints => constraints.CertificateAuthority);

    private static List<X509Extension> FindExtensions(X509Certificate2 certificate, string oid) =>
        certificate.Extensions.Where(extension => extension.Oid?.Value == oid).ToList();

    private static CertificateClassification FromExtension(X509Extension extension, ProxyCertificateFormat format)
    {
        if (!ProxyCertInfo.TryDecode(extension.RawData, format, out var info, out var error))
        {
            return Malformed(format, error!) with { IsProxyCertInfoCritical = extension.Critical };
        }

        return new CertificateClassification(CertificateKind.Proxy, format, info!.Kind, info, extension.Critical);
    }

    private static CertificateClassification Malformed(ProxyCertificateFormat format, string problem) =>
        new(CertificateKind.Proxy, format, Problem: problem);
}
