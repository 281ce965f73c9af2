using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Proxies;

namespace MyProxy.IntegrationTests.Hostile;

/// <summary>The certificates a hostile server hands out: proxies signed by alice's proxy (valid), for someone else's key, or from a CA nobody trusts.</summary>
internal static class HostileCredentials
{
    private static readonly Lazy<X509Credential> AliceProxy = new(() => CredentialFile.ReadProxy(Sandbox.Server.AliceProxyPath, Crypto));

    private static readonly Lazy<(X509Certificate2 Certificate, ECDsa Key)> RogueAuthority = new(NewRogueAuthority);

    public static ICryptoProvider Crypto => CryptoProviders.For(CryptoBackend.System);

    /// <summary>What the real server sends for a GET: a proxy for the requested key, then alice's chain.</summary>
    public static byte[] ValidChainFrame(byte[] certificateRequest) => Frame(SignedBySandbox(certificateRequest));

    public static IReadOnlyList<byte[]> SignedBySandbox(byte[] certificateRequest) =>
        [.. new ProxyFactory(Crypto).SignRequest(AliceProxy.Value, certificateRequest, new ProxyOptions { Lifetime = TimeSpan.FromHours(1) }).Select(c => c.RawData)];

    /// <summary>A valid chain, but for a key the client does not hold.</summary>
    public static byte[] ForeignKeyChainFrame()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return Frame(SignedBySandbox(new CertificateRequest("CN=someone else", other, HashAlgorithmName.SHA256).CreateSigningRequest()));
    }

    /// <summary>A certificate for the client's own key, issued by a CA the client does not trust.</summary>
    public static byte[] UntrustedChainFrame(byte[] certificateRequest)
    {
        var request = CertificateRequest.LoadSigningRequest(certificateRequest, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.SkipSignatureValidation);
        var (authority, key) = RogueAuthority.Value;
        var leaf = new CertificateRequest(new X500DistinguishedName("CN=alice,O=Rogue"), request.PublicKey, HashAlgorithmName.SHA256);
        using var issued = leaf.Create(authority.SubjectName, X509SignatureGenerator.CreateForECDsa(key), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1), [1, 2, 3]);
        return Frame([issued.RawData, authority.RawData]);
    }

    /// <summary>A self-signed certificate and its unencrypted key, as a stored credential from nowhere.</summary>
    public static string UntrustedCredentialPem()
    {
        var (authority, key) = RogueAuthority.Value;
        return authority.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem() + "\n";
    }

    /// <summary>alice's certificate with a key that is not hers.</summary>
    public static string ForeignKeyCredentialPem()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return File.ReadAllText(Sandbox.Server.Alice.CertificatePath).Trim() + "\n" + other.ExportPkcs8PrivateKeyPem() + "\n";
    }

    /// <summary>What the real server asks a PUT client to sign: a request for a key of its own.</summary>
    public static byte[] ServerCertificateRequest()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new CertificateRequest("CN=proxy", key, HashAlgorithmName.SHA256).CreateSigningRequest();
    }

    public static byte[] Frame(IReadOnlyList<byte[]> certificates) => [(byte)certificates.Count, .. certificates.SelectMany(c => c)];

    /// <summary>The DER with bytes inside its body overwritten: the outer length still holds, the contents are nonsense.</summary>
    public static byte[] Garbled(byte[] der)
    {
        var garbled = der.ToArray();
        for (var i = 8; i < Math.Min(garbled.Length, 40); i++)
        {
            garbled[i] = 0xA5;
        }

        return garbled;
    }

    private static (X509Certificate2, ECDsa) NewRogueAuthority()
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Rogue CA,O=Nobody Trusts Us", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.DigitalSignature, true));
        return (request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30)), key);
    }
}
