namespace MyProxy.IntegrationTests.Fixture;

/// <summary>The fixture's reading of sandbox.env, which must agree with what scripts/sandbox.sh writes.</summary>
public sealed class SandboxEnvironmentFileTests
{
    [Test]
    public void Parse_QuotedValue_ReturnsItWithoutQuotes()
    {
        var values = SandboxEnvironmentFile.Parse(["MYPROXY_SERVER_DN='/DC=org/DC=example/CN=host/localhost'"]);

        Assert.That(values["MYPROXY_SERVER_DN"], Is.EqualTo("/DC=org/DC=example/CN=host/localhost"));
    }

    [Test]
    public void Parse_BareValue_ReturnsIt()
    {
        var values = SandboxEnvironmentFile.Parse(["MYPROXY_SERVER_PORT=7512"]);

        Assert.That(values["MYPROXY_SERVER_PORT"], Is.EqualTo("7512"));
    }

    [Test]
    public void Parse_CommentsAndBlankLines_AreSkipped()
    {
        var values = SandboxEnvironmentFile.Parse(["# written by sandbox.sh", string.Empty, "ONLINE_CA='1'"]);

        Assert.That(values.Keys, Is.EqualTo(new[] { "ONLINE_CA" }));
    }

    [Test]
    public void Parse_ValueWithSpaces_KeepsThem()
    {
        var values = SandboxEnvironmentFile.Parse(["CA_SUBJECT='/DC=org/DC=example/CN=Sandbox Test CA'"]);

        Assert.That(values["CA_SUBJECT"], Is.EqualTo("/DC=org/DC=example/CN=Sandbox Test CA"));
    }

    [Test]
    public void Parse_LineWithoutAssignment_ThrowsNamingTheLine()
    {
        var exception = Assert.Throws<FormatException>(() => SandboxEnvironmentFile.Parse(["A='1'", "export B=2"]));

        Assert.That(exception.Message, Does.Contain("line 2"));
    }

    [Test]
    public void FromEnvironment_MissingKey_ThrowsNamingTheKey()
    {
        var exception = Assert.Throws<KeyNotFoundException>(() => SandboxServer.FromEnvironment(new Dictionary<string, string>()));

        Assert.That(exception.Message, Does.Contain("MYPROXY_SERVER"));
    }
}
