using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Credentials;

namespace MyProxy.Crypto.Tests.Support;

/// <summary>
/// A throw-away grid PKI like the one in the reference's recipe (C.6): a CA (basicConstraints critical CA:TRUE,
/// keyUsage keyCertSign,cRLSign) and a user <c>/DC=org/DC=example/CN=Test User</c> (keyUsage critical
/// digitalSignature,keyEncipherment,dataEncipherment; extendedKeyUsage clientAuth).
/// </summary>
internal sealed class TestPki
{
    public const string UserSubject = "CN=Test User, DC=example, DC=org";

    private static readonly Lazy<TestPki> SharedInstance = new(() => new TestPki(DateTimeOffset.UtcNow));

    private TestPki(DateTimeOffset now)
    {
        Now = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        CaKey = TestKeys.Rsa();
        Ca = CreateCa(CaKey, Now);
        UserNotAfter = Now.AddDays(30);
        UserKey = TestKeys.Rsa();
        User = CreateUser(UserKey, new X500DistinguishedName(UserSubject), UserExtensions(), 4097);
    }

    /// <summary>One PKI for all tests: building it costs RSA key generation.</summary>
    public static TestPki Shared => SharedInstance.Value;

    /// <summary>The instant the PKI was made, in whole seconds: the clock tests give the factory.</summary>
    public DateTimeOffset Now { get; }

    public RSA CaKey { get; }

    public X509Certificate2 Ca { get; }

    public RSA UserKey { get; }

    public X509Certificate2 User { get; }

    public DateTimeOffset UserNotAfter { get; }

    /// <summary>A fresh credential for the user (the caller may dispose it: certificate and key are copies).</summary>
    public X509Credential UserCredential() => new([Copy(User)], TestKeys.Copy(UserKey));

    /// <summary>A credential for a user certificate with other extensions (key usage variants, no key usage, SAN).</summary>
    public X509Credential UserCredentialWith(IEnumerable<X509Extension> extensions, DateTimeOffset? notAfter = null)
    {
        var key = TestKeys.Rsa();
        return new X509Credential([CreateUser(key, new X500DistinguishedName(UserSubject), extensions, 4098, notAfter)], key);
    }

    /// <summary>The CA as a credential: something that must not issue proxies.</summary>
    public X509Credential CaCredential() => new([Copy(Ca)], TestKeys.Copy(CaKey));

    public static X509Certificate2 Copy(X509Certificate2 certificate) => X509CertificateLoader.LoadCertificate(certificate.RawData);

    public static List<X509Extension> UserExtensions() =>
    [
        new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true),
        new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], critical: false),
    ];

    private static X509Certificate2 CreateCa(RSA key, DateTimeOffset now)
    {
        var request = new CertificateRequest("CN=Test CA, DC=example, DC=org", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(365));
        return Copy(certificate);
    }

    private X509Certificate2 CreateUser(RSA key, X500DistinguishedName subject, IEnumerable<X509Extension> extensions, long serial, DateTimeOffset? notAfter = null)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        foreach (var extension in extensions)
        {
            request.CertificateExtensions.Add(extension);
        }

        var generator = X509SignatureGenerator.CreateForRSA(CaKey, RSASignaturePadding.Pkcs1);
        var serialBytes = new System.Numerics.BigInteger(serial).ToByteArray(isUnsigned: false, isBigEndian: true);
        return request.Create(Ca.SubjectName, generator, Now.AddDays(-1), notAfter ?? UserNotAfter, serialBytes);
    }
}
