using MyProxy.Client.Configuration;
using MyProxy.Crypto.Keys;

namespace MyProxy.Client.Tests.Configuration;

public sealed class KeySpecificationsTests
{
    [Test]
    public void From_EcWithTheDefaultSize_IsP256() =>
        Assert.That(KeySpecifications.From(MyProxyKeyType.EC, 2048), Is.EqualTo(KeySpecification.EcP256));

    [Test]
    public void From_Ec384_IsP384() =>
        Assert.That(KeySpecifications.From(MyProxyKeyType.EC, 384), Is.EqualTo(KeySpecification.EcP384));

    [Test]
    public void From_Rsa3072_IsRsa3072() =>
        Assert.That(KeySpecifications.From(MyProxyKeyType.Rsa, 3072).SizeInBits, Is.EqualTo(3072));
}
