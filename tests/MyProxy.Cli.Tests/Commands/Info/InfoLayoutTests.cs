using MyProxy.Cli.Commands.Destroy;
using MyProxy.Cli.Commands.Info;
using MyProxy.Protocol.Responses;

namespace MyProxy.Cli.Tests.Commands.Info;

public sealed class InfoLayoutTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 5, 0, 0, TimeSpan.Zero);

    [Test]
    public void Format_ThreeCredentials_MatchesMyProxyInfo()
    {
        const string owner = "/DC=org/DC=example/CN=Alice Example";
        CredentialInfo[] credentials =
        [
            new() { Owner = owner, EndTime = Now + new TimeSpan(2, 59, 57) },
            new() { Owner = owner, Name = "named", Description = "my desc", Retrievers = "*/CN=Bob Example", Renewers = "/DC=org/*", EndTime = Now + new TimeSpan(2, 59, 59) },
            new() { Owner = owner, Name = "stored", KeyRetrievers = "*/CN=*", TrustedRetrievers = "*/CN=Bob Example", EndTime = Now + new TimeSpan(8759, 59, 32) },
        ];

        var text = InfoLayout.Format("multi", credentials, Now);

        Assert.That(text, Is.EqualTo(
            "username: multi\n" +
            $"owner: {owner}\n" +
            "  timeleft: 2:59:57\n" +
            $"owner: {owner}\n" +
            "  name: named\n" +
            "  description: my desc\n" +
            "  retrieval policy: */CN=Bob Example\n" +
            "  renewal policy: /DC=org/*\n" +
            "  timeleft: 2:59:59\n" +
            $"owner: {owner}\n" +
            "  name: stored\n" +
            "  key retrieval policy: */CN=*\n" +
            "  trusted retrieval policy: */CN=Bob Example\n" +
            "  timeleft: 8759:59:32  (365.0 days)\n"));
    }

    [Test]
    public void Format_ExpiredCredential_ShowsZeroTimeLeft()
    {
        var text = InfoLayout.Format("u", [new CredentialInfo { Owner = "/CN=o", EndTime = Now.AddHours(-1) }], Now);

        Assert.That(text, Does.EndWith("  timeleft: 0:00:00\n"));
    }

    [TestCase(null, "Default MyProxy credential for user alice was successfully removed.")]
    [TestCase("n1", "MyProxy credential 'n1' for user alice was successfully removed.")]
    public void DestroyMessage_IsMyProxyDestroys(string? name, string expected) =>
        Assert.That(DestroyCommand.Message("alice", name), Is.EqualTo(expected));
}
