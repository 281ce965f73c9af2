using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Tests.Proxies;

public sealed class ProxyCertInfoTests
{
    [Test]
    public void TryDecode_NoPolicyBytes_PolicyIsNullAndReencodesIdentically()
    {
        var value = Convert.FromHexString("300C300A06082B06010505071501");

        ProxyCertInfo.TryDecode(value, ProxyCertificateFormat.Rfc3820, out var info, out _);

        Assert.Multiple(() =>
        {
            Assert.That(info!.Policy, Is.Null);
            Assert.That(info.Encode(ProxyCertificateFormat.Rfc3820), Is.EqualTo(value));
        });
    }
}
