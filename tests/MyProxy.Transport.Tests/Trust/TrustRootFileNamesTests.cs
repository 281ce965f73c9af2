using MyProxy.Transport.Trust;

namespace MyProxy.Transport.Tests.Trust;

public sealed class TrustRootFileNamesTests
{
    [TestCase("880cfa8a.0")]
    [TestCase("880cfa8a.signing_policy")]
    [TestCase("880cfa8a.r0")]
    [TestCase("ca.namespaces")]
    public void Problem_OrdinaryNames_IsNull(string name)
    {
        Assert.That(TrustRootFileNames.Problem(name), Is.Null);
    }

    [TestCase("")]
    [TestCase("../evil")]
    [TestCase("..")]
    [TestCase(".hidden")]
    [TestCase("dir/file.0")]
    [TestCase("/etc/passwd")]
    [TestCase(@"dir\file.0")]
    [TestCase("a..b")]
    [TestCase("nul\0.0")]
    [TestCase("line\n.0")]
    [TestCase(TrustRootInstaller.LogFileName)]
    public void Problem_UnsafeNames_SaysWhy(string name)
    {
        Assert.That(TrustRootFileNames.Problem(name), Is.Not.Null);
    }

    [Test]
    public void Problem_VeryLongName_SaysWhy()
    {
        Assert.That(TrustRootFileNames.Problem(new string('a', 256)), Does.Contain("longer"));
    }

    [Test]
    public void Printable_ControlCharacters_AreEscaped()
    {
        Assert.That(TrustRootFileNames.Printable("a\0b"), Is.EqualTo(@"a\x00b"));
    }
}
