using System.CommandLine;
using MyProxy.Cli.Commands.Network;

namespace MyProxy.Cli.Tests.Commands.Network;

public sealed class PolicyOptionsTests
{
    [Test]
    public void From_CnModeByDefault_SendsStarSlashCn()
    {
        var policies = From("-r Bob -E *");

        Assert.Multiple(() =>
        {
            Assert.That(policies.Retrievers, Is.EqualTo("*/CN=Bob"));
            Assert.That(policies.KeyRetrievers, Is.EqualTo("*/CN=*"));
        });
    }

    [Test]
    public void From_RegexSwitch_AppliesToTheFollowingOptionsOnly()
    {
        var policies = From("-r Bob -x -R /DC=org/* -X -Z Carol");

        Assert.Multiple(() =>
        {
            Assert.That(policies.Retrievers, Is.EqualTo("*/CN=Bob"));
            Assert.That(policies.Renewers, Is.EqualTo("/DC=org/*"));
            Assert.That(policies.TrustedRetrievers, Is.EqualTo("*/CN=Carol"));
        });
    }

    [Test]
    public void From_AnonymousRetrieversAndRenewers_SendStar()
    {
        var policies = From("-a -A");

        Assert.Multiple(() =>
        {
            Assert.That(policies.Retrievers, Is.EqualTo("*"));
            Assert.That(policies.Renewers, Is.EqualTo("*"));
        });
    }

    private static Client.Operations.CredentialPolicies From(string line)
    {
        var options = new PolicyOptions(withKeyRetrievers: true);
        var command = new RootCommand();
        options.AddTo(command);
        return options.From(command.Parse(line.Split(' ')));
    }
}
