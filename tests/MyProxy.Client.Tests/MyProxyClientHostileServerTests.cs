using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MyProxy.Client.Operations;
using MyProxy.Client.Tests.Support;
using MyProxy.Crypto.Keys;
using MyProxy.Protocol.Responses;
using NSubstitute;

namespace MyProxy.Client.Tests;

/// <summary>The session's defences, over a scripted connection: whole-message deadline, garbled DER, trust roots only after verification.</summary>
public sealed class MyProxyClientHostileServerTests
{
    private static LogonRequest Logon => new() { Username = "alice", Passphrase = "alice-passphrase", Key = KeySpecification.EcP256 };

    [Test]
    public async Task LogonAsync_ServerTricklesAByteAtATime_ThrowsTimeoutInsteadOfWaitingForever()
    {
        var connection = new ScriptedConnection();
        connection.Connection.ReadAsync(default, default).ReturnsForAnyArgs(async call =>
        {
            // Never silent for a whole read timeout, never done: only a deadline for the whole message ends this.
            await Task.Delay(TimeSpan.FromMilliseconds(20), call.ArgAt<CancellationToken>(1));
            call.ArgAt<Memory<byte>>(0).Span[0] = (byte)'V';
            return 1;
        });
        using var test = new TestClient(connection, services => services.PostConfigure<MyProxyClientOptions>(o => o.Timeout = TimeSpan.FromMilliseconds(300)));

        var exception = await Assert.ThrowsAsync<MyProxyTimeoutException>(() => test.Client.LogonAsync(Logon).WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.Authorize));
        Assert.That(exception.Message, Does.Contain("did not finish sending a response"));
    }

    [Test]
    public async Task LogonAsync_ChainFrameHoldsGarbledDer_ThrowsProtocolInPhaseDelegate()
    {
        var connection = new ScriptedConnection()
            .ThenOk()
            .Then(writes =>
            {
                var der = Certificates.IssueFor(writes[1]);
                der.AsSpan(8, 32).Fill(0xA5);
                return Certificates.Frame(der);
            })
            .ThenOk();
        using var test = new TestClient(connection);

        var exception = await Assert.ThrowsAsync<MyProxyProtocolException>(() => test.Client.LogonAsync(Logon));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.Delegate));
        Assert.That(exception.Message, Does.Contain("not a certificate"));
    }

    [Test]
    public async Task LogonAsync_TrustRootsThenAChainForAnotherKey_InstallsNoTrustRoots()
    {
        using var other = System.Security.Cryptography.ECDsa.Create();
        var foreign = Crypto.CryptoProviders.For(Crypto.CryptoBackend.System).CreateCertificateRequest(other, new Crypto.Requests.CertificateRequestOptions());
        var roots = $"TRUSTED_CERTS=ab.0\nFILEDATA_ab.0={Convert.ToBase64String(Encoding.ASCII.GetBytes("not checked here"))}\n";
        var connection = new ScriptedConnection().ThenOk(roots).Then(_ => Certificates.Frame(Certificates.IssueFor(foreign))).ThenOk();
        using var test = new TestClient(connection);

        await Assert.ThrowsAsync<MyProxyValidationException>(() => test.Client.LogonAsync(Logon with { WantTrustRoots = true }));

        test.TrustRoots.DidNotReceiveWithAnyArgs().Install(default!);
    }

    [Test]
    public async Task LogonAsync_TrustRootsThenAValidChain_InstallsThemAfterVerifying()
    {
        var roots = $"TRUSTED_CERTS=ab.0\nFILEDATA_ab.0={Convert.ToBase64String(Encoding.ASCII.GetBytes("a CA"))}\n";
        var connection = new ScriptedConnection().ThenOk(roots).Then(writes => Certificates.Frame(Certificates.IssueFor(writes[1]))).ThenOk();
        using var test = new TestClient(connection);

        var result = await test.Client.LogonAsync(Logon with { WantTrustRoots = true });
        result.Credential?.Dispose();

        test.TrustRoots.Received(1).Install(Arg.Is<IReadOnlyList<TrustRootFile>>(files => files.Single().FileName == "ab.0"));
        Assert.That(result.TrustRoots, Is.Not.Null);
    }
}
