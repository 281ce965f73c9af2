using MyProxy.Cli.Commands.Proxy;

namespace MyProxy.Cli.Tests.Commands.Proxy;

public sealed class ProxyInfoFieldsTests
{
    // Observed with grid-proxy-info: 48:00 "2.0 days", 24:01 "1.0 days", 37:50 "1.5 days" (whole hours / 24).
    [TestCase(11, 59, 58, "11:59:58")]
    [TestCase(24, 0, 0, "24:00:00")]
    [TestCase(24, 1, 0, "24:01:00  (1.0 days)")]
    [TestCase(37, 50, 0, "37:50:00  (1.5 days)")]
    [TestCase(48, 0, 0, "48:00:00  (2.0 days)")]
    [TestCase(30, 0, 0, "30:00:00  (1.2 days)")]
    [TestCase(42, 0, 0, "42:00:00  (1.8 days)")]
    [TestCase(0, 0, 0, "0:00:00")]
    public void TimeLeft_Duration_IsFormattedAsGridProxyInfoDoes(int hours, int minutes, int seconds, string expected)
    {
        Assert.That(ProxyInfoFields.TimeLeft(new TimeSpan(hours, minutes, seconds)), Is.EqualTo(expected));
    }

    [Test]
    public void TimeLeft_Expired_IsZero()
    {
        Assert.That(ProxyInfoFields.TimeLeft(TimeSpan.FromMinutes(-5)), Is.EqualTo("0:00:00"));
    }

    [Test]
    public void Seconds_FractionOfASecond_IsDropped()
    {
        Assert.That(ProxyInfoFields.Seconds(TimeSpan.FromMilliseconds(1999)), Is.EqualTo(1));
    }
}
