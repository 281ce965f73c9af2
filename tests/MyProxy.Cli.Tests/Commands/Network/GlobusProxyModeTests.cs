using MyProxy.Cli.Commands.Network;
using MyProxy.Cli.Terminal;
using MyProxy.Crypto.Tests.Support;
using NSubstitute;

namespace MyProxy.Cli.Tests.Commands.Network;

public sealed class GlobusProxyModeTests
{
    [TestCase(null, false)]
    [TestCase("rfc", false)]
    [TestCase("old", true)]
    public void LegacyForLogon_KnownValue_SelectsTheProxyType(string? value, bool legacy)
    {
        Assert.That(GlobusProxyMode.LegacyForLogon(Environment(value)), Is.EqualTo(legacy));
    }

    [Test]
    public void LegacyForLogon_OtherValue_IsRefusedInMyProxyLogonsWords()
    {
        var exception = Assert.Throws<MyProxyException>(() => GlobusProxyMode.LegacyForLogon(Environment("gt3")));

        Assert.That(exception!.Message, Does.StartWith("Unsupported value for GT_PROXY_MODE: gt3"));
    }

    [TestCase("old", true)]
    [TestCase("gt3", false)]
    [TestCase(null, false)]
    public void LegacyForInit_Value_OnlyOldMeansLegacy(string? value, bool legacy)
    {
        Assert.That(GlobusProxyMode.LegacyForInit(Environment(value)), Is.EqualTo(legacy));
    }

    private static CliEnvironment Environment(string? value) =>
        new(name => name == GlobusProxyMode.Variable ? value : null, Substitute.For<IPassphraseReader>(), new FixedTime(TestPki.Shared.Now));
}
