using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Proxies;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;

namespace MyProxy.Crypto.Tests.Support;

/// <summary>Requests neither backend would make, built directly with BouncyCastle to probe the decoders.</summary>
internal static class BouncyCastleRequestSamples
{
    /// <summary>A well-signed request for an Ed25519 key, an algorithm the library does not support.</summary>
    public static byte[] Ed25519Request()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        var request = new Pkcs10CertificationRequest(new Asn1SignatureFactory("Ed25519", pair.Private), new X509Name("CN=proxy"), pair.Public, DerSet.Empty);
        return request.GetEncoded();
    }

    /// <summary>A well-signed RSA request asking for both an RFC 3820 and a draft ProxyCertInfo.</summary>
    public static byte[] RequestWithBothProxyExtensions()
    {
        using var rsa = TestKeys.Rsa();
        var privateKey = PrivateKeyFactory.CreateKey(rsa.ExportPkcs8PrivateKey());
        var publicKey = PublicKeyFactory.CreateKey(new PublicKey(rsa).ExportSubjectPublicKeyInfo());
        var value = new ProxyCertInfo(null, ProxyObjectIdentifiers.InheritAll).Encode(ProxyCertificateFormat.Rfc3820);
        var extensions = new X509ExtensionsGenerator();
        extensions.AddExtension(new DerObjectIdentifier(ProxyObjectIdentifiers.ProxyCertInfo), true, value);
        extensions.AddExtension(new DerObjectIdentifier(ProxyObjectIdentifiers.DraftProxyCertInfo), true, value);
        var attribute = new AttributePkcs(PkcsObjectIdentifiers.Pkcs9AtExtensionRequest, new DerSet(extensions.Generate()));
        var request = new Pkcs10CertificationRequest(
            new Asn1SignatureFactory("SHA256WITHRSA", privateKey), new X509Name("CN=proxy"), publicKey, new DerSet(attribute));
        return request.GetEncoded();
    }
}
