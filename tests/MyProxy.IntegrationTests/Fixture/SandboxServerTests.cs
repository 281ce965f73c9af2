namespace MyProxy.IntegrationTests.Fixture;

/// <summary>What the one-time setup hands the tests: a live server described by sandbox.env.</summary>
public sealed class SandboxServerTests
{
    [Test]
    public void Server_AfterSetUp_ListensOnLoopback()
    {
        Assert.That(Sandbox.Server.Address, Is.EqualTo("127.0.0.1"));
        Assert.That(Sandbox.Server.Port, Is.InRange(1, 65535));
    }

    [Test]
    public async Task Server_AfterSetUp_HasAProcessRecordedInItsPidFile()
    {
        // The server holds an exclusive lock on its pid file, which .NET's own file APIs respect.
        var pidFile = await ExternalTool.RunAsync("cat", [Sandbox.Server.PidFile]);
        var pid = int.Parse(pidFile.StandardOutput.Trim(), System.Globalization.CultureInfo.InvariantCulture);

        using var process = System.Diagnostics.Process.GetProcessById(pid);

        Assert.That(process.ProcessName, Does.StartWith("myproxy-server"));
    }

    [Test]
    public void Server_AfterSetUp_HasTheSandboxCA()
    {
        using var ca = Sandbox.Server.LoadCACertificate();

        Assert.That(SandboxTrust.OpenSslName(ca.SubjectName), Is.EqualTo("/DC=org/DC=example/CN=Sandbox Test CA"));
    }

    [Test]
    public void Server_AfterSetUp_UsesTheHostSubject()
    {
        Assert.That(Sandbox.Server.ServerSubject, Is.EqualTo("/DC=org/DC=example/CN=host/localhost"));
    }

    [Test]
    public void AliceCredential_PassphraseDiffersFromHerKeyPassphrase()
    {
        Assert.That(Sandbox.Server.AliceCredential.Passphrase, Is.Not.EqualTo(Sandbox.Server.Alice.KeyPassphrase));
    }

    [Test]
    public void RepositoryRoot_OfTestAssembly_HoldsTheSandboxScript()
    {
        var root = RepositoryRoot.OfTestAssembly();

        Assert.That(File.Exists(Path.Combine(root, "scripts", "sandbox.sh")), Is.True);
    }

    [Test]
    public void RepositoryRoot_NoSolutionAbove_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => RepositoryRoot.Locate("/"));
    }
}
