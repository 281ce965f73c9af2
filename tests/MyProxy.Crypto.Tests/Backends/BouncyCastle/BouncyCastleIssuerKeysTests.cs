using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Backends.BouncyCastle;
using Org.BouncyCastle.Crypto.Parameters;

namespace MyProxy.Crypto.Tests.Backends.BouncyCastle;

public sealed class BouncyCastleIssuerKeysTests
{
    [Test]
    public void For_SameKeyTwice_ConvertsItOnce()
    {
        using var rsa = RSA.Create(2048);
        var publicKey = new PublicKey(rsa);

        Assert.That(BouncyCastleIssuerKeys.For(publicKey), Is.SameAs(BouncyCastleIssuerKeys.For(new PublicKey(rsa))));
    }

    [Test]
    public void For_TwoKeys_GivesEachItsOwnModulus()
    {
        using var first = RSA.Create(2048);
        using var second = RSA.Create(2048);

        var converted = (RsaKeyParameters)BouncyCastleIssuerKeys.For(new PublicKey(second));
        _ = BouncyCastleIssuerKeys.For(new PublicKey(first));

        Assert.That(converted.Modulus.ToByteArrayUnsigned(), Is.EqualTo(second.ExportParameters(false).Modulus));
    }
}
