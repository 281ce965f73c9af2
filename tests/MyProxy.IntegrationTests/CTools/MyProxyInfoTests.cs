using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.CTools;

/// <summary>myproxy-info authenticated with alice's proxy: the client credential the sandbox makes for such commands.</summary>
public sealed class MyProxyInfoTests
{
    private string _home = null!;

    [SetUp]
    public void CreateHome() => _home = Directory.CreateTempSubdirectory("myproxy-ctools-").FullName;

    [TearDown]
    public void DeleteHome() => Directory.Delete(_home, recursive: true);

    [Test]
    public async Task MyProxyInfo_AliceProxy_ListsHerPreloadedCredential()
    {
        var environment = new Dictionary<string, string>(CToolEnvironment.For(Sandbox.Server, _home))
        {
            ["X509_USER_PROXY"] = Sandbox.Server.AliceProxyPath,
        };

        var result = await ExternalTool.RunAsync("myproxy-info", ["-l", Sandbox.Server.AliceCredential.Username], environment);

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(result.StandardOutput, Does.Contain($"owner: {Sandbox.Server.AliceCredential.OwnerSubject}"));
    }

    [Test]
    public async Task MyProxyInfo_WithoutClientCredential_Fails()
    {
        var result = await ExternalTool.RunAsync(
            "myproxy-info", ["-l", Sandbox.Server.AliceCredential.Username], CToolEnvironment.For(Sandbox.Server, _home));

        Assert.That(result.ExitCode, Is.Not.Zero);
    }
}
