using MyProxy.Client.Operations;

namespace MyProxy.IntegrationTests.Client;

/// <summary>INFO, DESTROY and CHANGE_PASSWORD through the library, checked with myproxy-info and myproxy-logon.</summary>
public sealed class ManageTests
{
    private const string Passphrase = "manage-test-passphrase";

    [Test]
    public async Task InfoAsync_PreloadedAliceCredential_ReportsOwnerAndTimes()
    {
        using var sandbox = ClientSandbox.Create();

        var info = await sandbox.Client.InfoAsync(new InfoRequest { Username = Sandbox.Server.AliceCredential.Username });

        var credential = info.Credentials.Single();
        Assert.That(credential.Owner, Is.EqualTo(Sandbox.Server.AliceCredential.OwnerSubject));
        Assert.That(credential.EndTime, Is.GreaterThan(credential.StartTime!.Value));
    }

    [Test]
    public async Task InfoAsync_NothingStored_ThrowsTheServerErrorInPhaseAuthorize()
    {
        using var sandbox = ClientSandbox.Create();

        var exception = await Assert.ThrowsAsync<MyProxyServerException>(() => sandbox.Client.InfoAsync(new InfoRequest { Username = ClientSandbox.UniqueUsername("none") }));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.Authorize));
        Assert.That(exception.ServerErrors[0], Does.StartWith("no credentials found for user"));
    }

    [Test]
    public async Task DestroyAsync_PutCredential_MyProxyInfoFindsNothing()
    {
        using var sandbox = ClientSandbox.Create();
        var username = ClientSandbox.UniqueUsername("destroy");
        await sandbox.Client.PutAsync(new PutRequest { Username = username, Passphrase = Passphrase });

        await sandbox.Client.DestroyAsync(new DestroyRequest { Username = username });
        var info = await CTools.RunAsync("myproxy-info", ["-l", username], sandbox.Home, withAliceProxy: true);

        Assert.That(info.ExitCode, Is.Not.Zero, info.Describe());
        Assert.That(info.StandardError, Does.Contain("no credentials found"));
    }

    [Test]
    public async Task DestroyAsync_NamedCredential_KeepsTheDefaultOne()
    {
        using var sandbox = ClientSandbox.Create();
        var username = ClientSandbox.UniqueUsername("destroy");
        await sandbox.Client.PutAsync(new PutRequest { Username = username, Passphrase = Passphrase });
        await sandbox.Client.PutAsync(new PutRequest { Username = username, Passphrase = Passphrase, CredentialName = "job" });

        await sandbox.Client.DestroyAsync(new DestroyRequest { Username = username, CredentialName = "job" });
        var info = await sandbox.Client.InfoAsync(new InfoRequest { Username = username });

        Assert.That(info.Credentials.Select(c => c.Name), Is.EqualTo(new string?[] { null }));
    }

    [Test]
    public async Task ChangePassphraseAsync_PutCredential_MyProxyLogonNeedsTheNewPassphrase()
    {
        using var sandbox = ClientSandbox.Create();
        var username = ClientSandbox.UniqueUsername("change");
        await sandbox.Client.PutAsync(new PutRequest { Username = username, Passphrase = Passphrase });

        await sandbox.Client.ChangePassphraseAsync(new ChangePassphraseRequest { Username = username, Passphrase = Passphrase, NewPassphrase = "the-new-passphrase" });
        var (withOld, _) = await CTools.LogonAsync(sandbox.Home, username, Passphrase);
        var (withNew, _) = await CTools.LogonAsync(sandbox.Home, username, "the-new-passphrase");

        Assert.That(withOld.ExitCode, Is.Not.Zero, withOld.Describe());
        Assert.That(withNew.ExitCode, Is.Zero, withNew.Describe());
    }

    [Test]
    public async Task ChangePassphraseAsync_WrongOldPassphrase_ThrowsInPhaseAuthorize()
    {
        using var sandbox = ClientSandbox.Create();
        var username = ClientSandbox.UniqueUsername("change");
        await sandbox.Client.PutAsync(new PutRequest { Username = username, Passphrase = Passphrase });

        var exception = await Assert.ThrowsAsync<MyProxyServerException>(() =>
            sandbox.Client.ChangePassphraseAsync(new ChangePassphraseRequest { Username = username, Passphrase = "not-the-passphrase", NewPassphrase = "the-new-passphrase" }));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.Authorize));
    }
}
