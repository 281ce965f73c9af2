using MyProxy.Cli.Commands.Proxy;

namespace MyProxy.Cli.Tests.Commands.Proxy;

public sealed class GridToolSpellingsTests
{
    [Test]
    public void Rewrite_GridProxyInitSpellings_BecomeTheLongOptions()
    {
        var rewritten = GridToolSpellings.Rewrite(["proxy", "init", "-pwstdin", "-rfc", "-valid", "1:00", "-out", "p"]);

        Assert.That(rewritten, Is.EqualTo(new[] { "proxy", "init", "--stdin-pass", "--format", "rfc", "--valid", "1:00", "--out", "p" }));
    }

    [Test]
    public void Rewrite_AfterGlobalOption_StillFindsTheSubcommand()
    {
        var rewritten = GridToolSpellings.Rewrite(["--debug", "proxy", "info", "-file", "p", "-subject"]);

        Assert.That(rewritten, Is.EqualTo(new[] { "--debug", "proxy", "info", "--file", "p", "--subject" }));
    }

    [Test]
    public void Rewrite_SpellingOfAnotherSubcommand_IsLeftAlone()
    {
        var rewritten = GridToolSpellings.Rewrite(["proxy", "info", "-pwstdin"]);

        Assert.That(rewritten, Is.EqualTo(new[] { "proxy", "info", "-pwstdin" }));
    }

    [Test]
    public void Rewrite_OtherCommands_AreLeftAlone()
    {
        string[] args = ["logon", "-file", "x"];

        Assert.That(GridToolSpellings.Rewrite(args), Is.SameAs(args));
    }
}
