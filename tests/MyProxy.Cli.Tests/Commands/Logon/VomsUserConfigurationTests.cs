using MyProxy.Cli.Commands.Logon;
using MyProxy.Cli.Terminal;
using MyProxy.Crypto.Tests.Support;
using NSubstitute;

namespace MyProxy.Cli.Tests.Commands.Logon;

public sealed class VomsUserConfigurationTests
{
    private const string Atlas = "\"atlas\" \"voms.example.org\" \"15001\" \"/DC=org/DC=example/CN=voms.example.org\" \"atlas\"";

    [Test]
    public void Entry_FieldsSeparatedByTabsAndSpaces_AreJoinedBySingleSpaces()
    {
        Assert.That(VomsUserConfiguration.Entry("\"atlas\"\t\"voms.example.org\"  \"15001\" \"/DC=org/DC=example/CN=voms.example.org\" \"atlas\""), Is.EqualTo(Atlas));
    }

    [Test]
    public void Entry_SixFields_IsKept()
    {
        Assert.That(VomsUserConfiguration.Entry(Atlas + " \"24\""), Is.EqualTo(Atlas + " \"24\""));
    }

    [TestCase("\"atlas\" \"voms.example.org\" \"15001\" \"/CN=voms\"")]
    [TestCase("atlas voms.example.org 15001 /CN=voms atlas")]
    [TestCase("\"atlas\" \"voms.example.org\" \"15001\" \"/CN=voms\" \"atlas")]
    public void Entry_NotFiveOrSixQuotedFields_IsNull(string line)
    {
        Assert.That(VomsUserConfiguration.Entry(line), Is.Null);
    }

    [Test]
    public void Read_Unset_IsEmpty()
    {
        Assert.That(VomsUserConfiguration.Read(Environment(_ => null)), Is.Empty);
    }

    [Test]
    public void Read_DirectoryOfFiles_ReadsEachInNameOrderSkippingComments()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.File("b-cms"), "\"cms\" \"voms.example.org\" \"15002\" \"/CN=voms\" \"cms\"\n");
        File.WriteAllText(directory.File("a-atlas"), "# the atlas server\n\n" + Atlas + "\n");

        var entries = VomsUserConfiguration.Read(Environment(name => name == VomsUserConfiguration.Variable ? directory.Path : null));

        Assert.That(entries, Is.EqualTo(new[] { Atlas, "\"cms\" \"voms.example.org\" \"15002\" \"/CN=voms\" \"cms\"" }));
    }

    [Test]
    public void Read_MalformedLine_NamesTheFileAndLine()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("vomses");
        File.WriteAllText(path, Atlas + "\nnot an entry\n");

        var exception = Assert.Throws<MyProxyException>(() => VomsUserConfiguration.Read(Environment(_ => path)));

        Assert.That(exception!.Message, Does.StartWith($"{path} line 2 is not a vomses entry"));
    }

    [Test]
    public void Read_MissingPath_SaysToFixTheVariable()
    {
        var exception = Assert.Throws<MyProxyException>(() => VomsUserConfiguration.Read(Environment(_ => "/nonexistent/vomses")));

        Assert.That(exception!.Message, Does.StartWith("VOMS_USERCONF names /nonexistent/vomses, which does not exist"));
    }

    private static CliEnvironment Environment(Func<string, string?> variables) =>
        new(variables, Substitute.For<IPassphraseReader>(), new FixedTime(TestPki.Shared.Now));
}
