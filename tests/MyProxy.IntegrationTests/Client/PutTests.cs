using MyProxy.Client.Operations;
using MyProxy.Crypto.Proxies;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Client;

/// <summary>PUT (myproxy-init) through the library, checked with the C client and with our own logon.</summary>
public sealed class PutTests
{
    private const string Passphrase = "put-test-passphrase";

    [Test]
    public async Task PutAsync_AliceProxy_MyProxyLogonGetsTheCredentialBack()
    {
        using var sandbox = ClientSandbox.Create();
        var username = ClientSandbox.UniqueUsername("put");

        var put = await sandbox.Client.PutAsync(new PutRequest { Username = username, Passphrase = Passphrase, CredentialLifetime = TimeSpan.FromHours(2) });
        var (logon, path) = await CTools.LogonAsync(sandbox.Home, username, Passphrase);

        Assert.That(logon.ExitCode, Is.Zero, logon.Describe());
        Assert.That(File.Exists(path), Is.True);
        Assert.That(ProxyCertificateClassifier.Classify(put.DelegatedChain[0]).Format, Is.EqualTo(ProxyCertificateFormat.Rfc3820));
    }

    [Test]
    public async Task PutAsync_CredentialLifetime_IsTheDelegatedProxysLifetime()
    {
        using var sandbox = ClientSandbox.Create();

        var put = await sandbox.Client.PutAsync(new PutRequest { Username = ClientSandbox.UniqueUsername("put"), Passphrase = Passphrase, CredentialLifetime = TimeSpan.FromHours(3) });

        var lifetime = put.DelegatedChain[0].NotAfter - DateTime.Now;
        Assert.That(lifetime, Is.InRange(TimeSpan.FromHours(3) - TimeSpan.FromMinutes(2), TimeSpan.FromHours(3)));
    }

    [Test]
    public async Task PutAsync_Policies_InfoShowsThemAsSent()
    {
        using var sandbox = ClientSandbox.Create();
        var username = ClientSandbox.UniqueUsername("put");
        var policies = new CredentialPolicies { Retrievers = "portal.example.org", Renewers = "*", Description = "for the batch system" };

        await sandbox.Client.PutAsync(new PutRequest { Username = username, Passphrase = Passphrase, Policies = policies });
        var info = await sandbox.Client.InfoAsync(new InfoRequest { Username = username });

        var credential = info.Credentials.Single();
        Assert.Multiple(() =>
        {
            Assert.That(credential.Retrievers, Is.EqualTo("*/CN=portal.example.org"));
            Assert.That(credential.Renewers, Is.EqualTo("*"));
            Assert.That(credential.Description, Is.EqualTo("for the batch system"));
            Assert.That(credential.Owner, Is.EqualTo(Sandbox.Server.AliceCredential.OwnerSubject));
        });
    }

    [Test]
    public async Task PutAsync_RegularExpressionPolicy_IsSentVerbatim()
    {
        using var sandbox = ClientSandbox.Create();
        var username = ClientSandbox.UniqueUsername("put");
        var policies = new CredentialPolicies { Retrievers = "/DC=org/DC=example/*", Matching = PolicyMatching.RegularExpression };

        await sandbox.Client.PutAsync(new PutRequest { Username = username, Passphrase = Passphrase, Policies = policies });
        var info = await sandbox.Client.InfoAsync(new InfoRequest { Username = username });

        Assert.That(info.Credentials.Single().Retrievers, Is.EqualTo("/DC=org/DC=example/*"));
    }

    [Test]
    public async Task PutAsync_NamedCredentials_LogonSelectsByName()
    {
        using var sandbox = ClientSandbox.Create();
        var username = ClientSandbox.UniqueUsername("named");
        await sandbox.Client.PutAsync(new PutRequest { Username = username, Passphrase = Passphrase });
        await sandbox.Client.PutAsync(new PutRequest { Username = username, Passphrase = "other-passphrase", CredentialName = "job" });

        var info = await sandbox.Client.InfoAsync(new InfoRequest { Username = username });
        var logon = await sandbox.Client.LogonAsync(new LogonRequest { Username = username, Passphrase = "other-passphrase", CredentialName = "job", Key = MyProxy.Crypto.Keys.KeySpecification.EcP256 });
        logon.Credential?.Dispose();

        Assert.That(info.Credentials.Select(c => c.Name), Is.EquivalentTo(new string?[] { null, "job" }));
    }

    [Test]
    public async Task PutAsync_ShortPassphrase_ThrowsBeforeConnecting()
    {
        using var sandbox = ClientSandbox.Create(settings: new Dictionary<string, string?> { ["MyProxy:Host"] = "127.0.0.1:1" });

        var exception = await Assert.ThrowsAsync<MyProxyRequestException>(() =>
            sandbox.Client.PutAsync(new PutRequest { Username = ClientSandbox.UniqueUsername("put"), Passphrase = "short" }));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.None));
    }

    [Test]
    public async Task LogonAsync_CredentialFromMyProxyInit_ReturnsAProxy()
    {
        using var sandbox = ClientSandbox.Create();
        var username = ClientSandbox.UniqueUsername("cinit");
        var proxy = Sandbox.Server.AliceProxyPath;
        var init = await CTools.RunAsync("myproxy-init", ["-S", "-l", username, "-C", proxy, "-y", proxy, "-c", "2", "-t", "1"], sandbox.Home, Passphrase + "\n", withAliceProxy: true);
        Assert.That(init.ExitCode, Is.Zero, init.Describe());

        var logon = await sandbox.Client.LogonAsync(new LogonRequest { Username = username, Passphrase = Passphrase });
        using var credential = logon.Credential!;

        Assert.That(logon.IsProxy, Is.True);
        Assert.That(SandboxTrust.OpenSslName(credential.Certificate.SubjectName), Does.StartWith(Sandbox.Server.AliceCredential.OwnerSubject + "/CN="));
    }
}
