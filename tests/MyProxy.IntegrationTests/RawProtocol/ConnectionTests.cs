using System.Security.Authentication;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.RawProtocol;

/// <summary>The transport facts DESIGN.md records, checked against the real server on every run.</summary>
public sealed class ConnectionTests
{
    [Test]
    public async Task Open_Anonymous_NegotiatesTls13()
    {
        await using var connection = await SandboxConnection.OpenAsync(Sandbox.Server);

        Assert.That(connection.NegotiatedProtocol, Is.EqualTo(SslProtocols.Tls13));
    }

    [Test]
    public async Task FirstResponse_Tls13_IsPrecededByExactlyOneNul()
    {
        await using var connection = await SandboxConnection.OpenAsync(Sandbox.Server);
        await connection.SendTextAsync(Requests.GetTrustRoots);

        var response = await connection.ReadMessageAsync();

        Assert.That(connection.LeadingNulCount, Is.EqualTo(1));
        Assert.That(response, Does.StartWith("VERSION=MYPROXYv2\n"));
    }

    [Test]
    public async Task Request_UnknownCommand_IsRejectedWithTheServerText()
    {
        await using var connection = await SandboxConnection.OpenAsync(Sandbox.Server);
        await connection.SendTextAsync("VERSION=MYPROXYv2\nCOMMAND=42\nUSERNAME=alice\nPASSPHRASE=\nLIFETIME=0\n\0");

        var response = await connection.ReadMessageAsync();

        Assert.That(ResponseText.Value(response, "RESPONSE"), Is.EqualTo("1"));
        Assert.That(ResponseText.Values(response, "ERROR"), Has.Some.Contains("UNKNOWN command"));
    }

    [Test]
    public async Task Request_WrongProtocolVersion_IsRejectedWithTheServerText()
    {
        await using var connection = await SandboxConnection.OpenAsync(Sandbox.Server);
        await connection.SendTextAsync("VERSION=MYPROXYv1\nCOMMAND=7\nUSERNAME=\nPASSPHRASE=\nLIFETIME=0\n\0");

        var response = await connection.ReadMessageAsync();

        Assert.That(ResponseText.Value(response, "RESPONSE"), Is.EqualTo("1"));
        Assert.That(ResponseText.Values(response, "ERROR"), Has.Some.Contains("Invalid version number received."));
    }

    [Test]
    public async Task ReadMessage_ServerWaitingForTheRequest_TimesOut()
    {
        await using var connection = await SandboxConnection.OpenAsync(Sandbox.Server, readTimeout: TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<TimeoutException>(async () => await connection.ReadMessageAsync());
    }
}
