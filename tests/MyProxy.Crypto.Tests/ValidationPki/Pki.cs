using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Proxies;

using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Crypto.Tests.ValidationPki;

/// <summary>Builds CAs, end-entity certificates, proxies of every format and CRLs with System.Security.Cryptography, at a pinned time.</summary>
public static class Pki
{
    public static readonly DateTimeOffset Now = new(2030, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly X500DistinguishedName CaName = TestNames.Build(
        (TestNames.DomainComponent, "org"), (TestNames.DomainComponent, "example"), (TestNames.CommonName, "Test CA"));

    private static int _serial = 1000;

    public static TimeProvider Clock { get; } = new FixedTime(Now);

    public static Issued RootCa(X500DistinguishedName? name = null, RSA? key = null, int? pathLength = null,
        X509KeyUsageFlags usage = X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign)
    {
        key ??= PkiKeys.Ca;
        name ??= CaName;
        var extensions = CaExtensions(key, pathLength, usage);
        return new Issued(Sign(name, key, name, key, Now.AddYears(-1), Now.AddYears(5), extensions, HashAlgorithmName.SHA256), key);
    }

    public static Issued SubCa(Issued parent, string commonName = "Test Sub CA", RSA? key = null, int? pathLength = null, bool isCa = true)
    {
        key ??= PkiKeys.SubCa;
        var name = TestNames.Build((TestNames.DomainComponent, "org"), (TestNames.DomainComponent, "example"), (TestNames.CommonName, commonName));
        var extensions = isCa ? CaExtensions(key, pathLength, X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign) : [];
        return new Issued(Sign(name, key, parent.Certificate.SubjectName, parent.Key, Now.AddYears(-1), Now.AddYears(4), extensions, HashAlgorithmName.SHA256), key);
    }

    public static Issued EndEntity(Issued ca, string commonName = "Alice Example", RSA? key = null, DateTimeOffset? notBefore = null,
        DateTimeOffset? notAfter = null, HashAlgorithmName? hash = null, IReadOnlyList<X509Extension>? extra = null)
    {
        key ??= PkiKeys.User;
        var name = TestNames.Build((TestNames.DomainComponent, "org"), (TestNames.DomainComponent, "example"), (TestNames.CommonName, commonName));
        List<X509Extension> extensions =
        [
            new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true),
            .. extra ?? [],
        ];
        var certificate = Sign(name, key, ca.Certificate.SubjectName, ca.Key, notBefore ?? Now.AddDays(-30), notAfter ?? Now.AddDays(335), extensions, hash ?? HashAlgorithmName.SHA256);
        return new Issued(certificate, key);
    }

    public static Issued Proxy(Issued issuer, ProxySpec? spec = null)
    {
        spec ??= new ProxySpec();
        var key = spec.Key ?? (ReferenceEquals(issuer.Key, PkiKeys.Proxy1) ? PkiKeys.Proxy2 : PkiKeys.Proxy1);
        var serial = Interlocked.Increment(ref _serial);
        var legacyName = spec.Policy == ProxyPolicyKind.Limited ? "limited proxy" : "proxy";
        var subject = spec.Subject ?? TestNames.Append(issuer.Certificate.SubjectName,
            spec.Format == ProxyCertificateFormat.Legacy ? legacyName : serial.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var extensions = new List<X509Extension>();
        if (spec.KeyUsage is { } usage)
        {
            extensions.Add(new X509KeyUsageExtension(usage, critical: true));
        }

        if (spec.Format != ProxyCertificateFormat.Legacy)
        {
            var language = spec.PolicyLanguage ?? ProxyCertInfo.LanguageFor(spec.Policy);
            var value = spec.RawProxyCertInfo ?? new ProxyCertInfo(spec.PathLength, language).Encode(spec.Format);
            extensions.Add(new X509Extension(ProxyCertInfo.ExtensionOidFor(spec.Format), value, spec.Critical));
        }

        if (spec.CertificateAuthorityFlag)
        {
            extensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        }

        extensions.AddRange(spec.ExtraExtensions);
        var serialNumber = spec.Format == ProxyCertificateFormat.Legacy ? issuer.Certificate.SerialNumberBytes.ToArray() : SerialBytes(serial);
        var certificate = Sign(subject, key, issuer.Certificate.SubjectName, issuer.Key, Now + spec.NotBeforeOffset, Now + spec.NotAfterOffset, extensions, spec.Hash, serialNumber);
        return new Issued(certificate, key);
    }

    /// <summary>A DER CRL of <paramref name="ca"/> (signed by <paramref name="signingKey"/>, the CA's key by default).</summary>
    public static byte[] Crl(Issued ca, IEnumerable<X509Certificate2> revoked, TimeSpan? thisUpdateOffset = null, TimeSpan? nextUpdateOffset = null, RSA? signingKey = null)
    {
        var builder = new CertificateRevocationListBuilder();
        foreach (var certificate in revoked)
        {
            builder.AddEntry(certificate, Now.AddDays(-2));
        }

        var ski = ca.Certificate.Extensions.OfType<X509SubjectKeyIdentifierExtension>().Single();
        var generator = X509SignatureGenerator.CreateForRSA(signingKey ?? ca.Key, RSASignaturePadding.Pkcs1);
        return builder.Build(ca.Certificate.SubjectName, generator, BigInteger.One, Now + (nextUpdateOffset ?? TimeSpan.FromDays(7)), HashAlgorithmName.SHA256,
            X509AuthorityKeyIdentifierExtension.CreateFromSubjectKeyIdentifier(ski), Now + (thisUpdateOffset ?? TimeSpan.FromDays(-1)));
    }

    public static List<X509Certificate2> Chain(params Issued[] leafFirst) => leafFirst.Select(issued => issued.Certificate).ToList();

    /// <summary>The same certificate with the last bit of its signature value flipped.</summary>
    public static X509Certificate2 Tamper(X509Certificate2 certificate)
    {
        var bytes = certificate.RawData;
        bytes[^1] ^= 0x01;
        return X509CertificateLoader.LoadCertificate(bytes);
    }

    public static X509Certificate2 Sign(X500DistinguishedName subject, RSA subjectKey, X500DistinguishedName issuer, RSA issuerKey,
        DateTimeOffset notBefore, DateTimeOffset notAfter, IEnumerable<X509Extension> extensions, HashAlgorithmName hash, byte[]? serial = null,
        RSASignaturePadding? padding = null)
    {
        padding ??= RSASignaturePadding.Pkcs1;
        var legacy = LegacyRsaSignatureGenerator.Handles(hash);
        var request = new CertificateRequest(subject, subjectKey, legacy ? HashAlgorithmName.SHA256 : hash, padding);
        foreach (var extension in extensions)
        {
            request.CertificateExtensions.Add(extension);
        }

        var generator = legacy ? new LegacyRsaSignatureGenerator(issuerKey, hash) : X509SignatureGenerator.CreateForRSA(issuerKey, padding);
        return request.Create(issuer, generator, notBefore, notAfter, serial ?? SerialBytes(Interlocked.Increment(ref _serial)));
    }

    private static List<X509Extension> CaExtensions(RSA key, int? pathLength, X509KeyUsageFlags usage)
    {
        var publicKey = PublicKey.CreateFromSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo(), out _);
        return
        [
            new X509BasicConstraintsExtension(true, pathLength is not null, pathLength ?? 0, true),
            new X509KeyUsageExtension(usage, critical: true),
            new X509SubjectKeyIdentifierExtension(publicKey, critical: false),
        ];
    }

    private static byte[] SerialBytes(int serial) => new BigInteger(serial).ToByteArray(isUnsigned: false, isBigEndian: true);
}
