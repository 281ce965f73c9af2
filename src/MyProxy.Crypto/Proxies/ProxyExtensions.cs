using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Crypto.Proxies;

/// <summary>The extensions of a new proxy: key usage and extended key usage from the issuer, ProxyCertInfo, then the caller's extras.</summary>
internal static class ProxyExtensions
{
    private const string SubjectAlternativeName = "2.5.29.17";
    private const string IssuerAlternativeName = "2.5.29.18";
    private const string BasicConstraints = "2.5.29.19";
    private const string KeyUsage = "2.5.29.15";
    private const string ExtendedKeyUsage = "2.5.29.37";

    // Removed from the issuer's key usage: a proxy signs no certificates in the X.509 sense and makes no
    // non-repudiation claim; jGlobus refused proxies asserting either (jglobus/JGlobus#160).
    private const X509KeyUsageFlags Dropped = X509KeyUsageFlags.NonRepudiation | X509KeyUsageFlags.KeyCertSign;

    private const X509KeyUsageFlags WhenIssuerHasNone =
        X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment;

    private static readonly string[] Reserved =
        [SubjectAlternativeName, IssuerAlternativeName, KeyUsage, ExtendedKeyUsage, ProxyObjectIdentifiers.ProxyCertInfo, ProxyObjectIdentifiers.DraftProxyCertInfo];

    /// <summary>Builds the extension list for a proxy of <paramref name="profile"/> issued by <paramref name="issuer"/>.</summary>
    /// <exception cref="MyProxyCryptoException">The issuer's key usage lacks digitalSignature, or an extra extension clashes with the profile.</exception>
    public static List<X509Extension> For(X509Certificate2 issuer, ProxyProfile profile, IReadOnlyList<X509Extension> additional)
    {
        CheckAdditional(additional);
        var extensions = new List<X509Extension> { KeyUsageFor(issuer) };
        if (issuer.Extensions[ExtendedKeyUsage] is { } extendedKeyUsage)
        {
            extensions.Add(new X509Extension(extendedKeyUsage.Oid!, extendedKeyUsage.RawData, extendedKeyUsage.Critical));
        }

        if (profile.ProxyCertInfo is { } info)
        {
            extensions.Add(new X509Extension(ProxyCertInfo.ExtensionOidFor(profile.Format), info.Encode(profile.Format), critical: true));
        }

        extensions.AddRange(additional);
        return extensions;
    }

    private static X509KeyUsageExtension KeyUsageFor(X509Certificate2 issuer)
    {
        if (issuer.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault() is not { } issuerUsage)
        {
            return new X509KeyUsageExtension(WhenIssuerHasNone, critical: true);
        }

        if (!issuerUsage.KeyUsages.HasFlag(X509KeyUsageFlags.DigitalSignature))
        {
            throw new MyProxyCryptoException("The issuer's key usage lacks digitalSignature, so it may not sign proxies (RFC 3820 §3.1); use a certificate that allows signing.");
        }

        return new X509KeyUsageExtension(issuerUsage.KeyUsages & ~Dropped, issuerUsage.Critical);
    }

    private static void CheckAdditional(IReadOnlyList<X509Extension> additional)
    {
        var oids = additional.Select(extension => extension.Oid?.Value ?? string.Empty).ToList();
        if (oids.FirstOrDefault(oid => Reserved.Contains(oid)) is { } reserved)
        {
            throw new MyProxyCryptoException($"The extra extension {reserved} clashes with the proxy profile, which forbids it or sets it itself; leave it out.");
        }

        if (additional.Where(extension => extension.Oid?.Value == BasicConstraints).Any(IsCertificateAuthority))
        {
            throw new MyProxyCryptoException("A proxy cannot carry basicConstraints with cA=TRUE (RFC 3820 §3.7); leave that extension out.");
        }

        if (oids.Distinct(StringComparer.Ordinal).Count() != oids.Count)
        {
            throw new MyProxyCryptoException("An extra extension is given twice; give each extension once.");
        }
    }

    private static bool IsCertificateAuthority(X509Extension extension) =>
        new X509BasicConstraintsExtension(new System.Security.Cryptography.AsnEncodedData(extension.Oid!, extension.RawData), extension.Critical).CertificateAuthority;
}
