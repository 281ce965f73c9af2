using MyProxy.Transport.Net;

namespace MyProxy.Transport.Tests.Net;

public sealed class TcpPortRangeTests
{
    [TestCase("50000,50100")]
    [TestCase("50000:50100")]
    [TestCase("50000 50100")]
    [TestCase(" 50000 , 50100 ")]
    public void Parse_EachSeparator_ReadsBothPorts(string text)
    {
        Assert.That(TcpPortRange.Parse(text), Is.EqualTo(new TcpPortRange(50000, 50100)));
    }

    [TestCase("50000")]
    [TestCase("50100,50000")]
    [TestCase("0,10")]
    [TestCase("1,70000")]
    [TestCase("a,b")]
    [TestCase("1,2,3")]
    public void Parse_NotARange_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => TcpPortRange.Parse(text));
    }

    [Test]
    public void ToString_IsMinCommaMax()
    {
        Assert.That(new TcpPortRange(1, 2).ToString(), Is.EqualTo("1,2"));
    }
}
