using MyProxy.Cli.Commands.Network;

namespace MyProxy.Cli.Tests.Commands.Network;

public sealed class NetworkCommandRunnerTests
{
    [Test]
    public void ShownServerLines_TwoLines_ShownAsTheCToolsShowThem()
    {
        var shown = NetworkCommandRunner.ShownServerLines(["invalid credential passphrase", "try again"]);

        Assert.That(shown, Is.EqualTo(new[] { "invalid credential passphrase", "try again" }));
    }

    [Test]
    public void ShownServerLines_AFloodOfLines_OneSummaryLineCountingThem()
    {
        var flood = Enumerable.Range(0, 2000).Select(i => $"line {i}").ToList();

        var shown = NetworkCommandRunner.ShownServerLines(flood);

        Assert.That(shown, Has.Count.EqualTo(1));
        Assert.That(shown[0], Does.StartWith("line 0 line 1").And.EndWith("[2000 lines from the server in all; the rest not shown]"));
    }

    [Test]
    public void ShownServerLines_AFloodOfLongLines_SummaryStaysShort()
    {
        var flood = Enumerable.Repeat(new string('z', 5000), 10).ToList();

        var shown = NetworkCommandRunner.ShownServerLines(flood);

        Assert.That(shown[0], Has.Length.LessThan(300));
    }

    [Test]
    public void ShownServerLines_TerminalEscapes_Replaced()
    {
        var shown = NetworkCommandRunner.ShownServerLines(Enumerable.Repeat("\u001b[31mLOCKED\u0007", 5).ToList());

        Assert.That(shown[0], Does.Not.Contain('\u001b').And.Not.Contain('\u0007'));
    }
}
