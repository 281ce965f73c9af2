using MyProxy.Cli.Commands.Network;
using MyProxy.Cli.Terminal;
using MyProxy.Crypto.Tests.Support;
using NSubstitute;

namespace MyProxy.Cli.Tests.Commands.Network;

public sealed class MyProxyPassphraseTests
{
    private IPassphraseReader _reader = null!;

    [SetUp]
    public void CreateReader() => _reader = Substitute.For<IPassphraseReader>();

    [Test]
    public void Read_OnATerminal_AsksWithTheCPrompt()
    {
        _reader.Prompt(Arg.Any<string>()).Returns(_ => "secret1".ToCharArray());

        var passphrase = MyProxyPassphrase.Read(Environment(), fromStandardInput: false);

        Assert.That(passphrase, Is.EqualTo("secret1"));
        _reader.Received(1).Prompt("Enter MyProxy pass phrase:");
    }

    [Test]
    public void ReadVerified_OnATerminal_AsksTwice()
    {
        _reader.Prompt(Arg.Any<string>()).Returns(_ => "secret1".ToCharArray());

        MyProxyPassphrase.ReadVerified(Environment(), fromStandardInput: false);

        Received.InOrder(() =>
        {
            _reader.Prompt("Enter MyProxy pass phrase:");
            _reader.Prompt("Verifying - Enter MyProxy pass phrase:");
        });
    }

    [Test]
    public void ReadVerified_TwoDifferentAnswers_Throws()
    {
        _reader.Prompt(Arg.Any<string>()).Returns(_ => "secret1".ToCharArray(), _ => "secret2".ToCharArray());

        Assert.Throws<CToolMessageException>(() => MyProxyPassphrase.ReadVerified(Environment(), fromStandardInput: false));
    }

    [Test]
    public void ReadVerified_FromStandardInput_ReadsOneLineWithoutPrompt()
    {
        _reader.ReadFromStandardInput().Returns(_ => "secret1".ToCharArray());

        var passphrase = MyProxyPassphrase.ReadVerified(Environment(), fromStandardInput: true);

        Assert.That(passphrase, Is.EqualTo("secret1"));
        _reader.DidNotReceive().Prompt(Arg.Any<string>());
    }

    [Test]
    public void Read_Always_ClearsTheReadersArray()
    {
        var characters = "secret1".ToCharArray();
        _reader.ReadFromStandardInput().Returns(characters);

        MyProxyPassphrase.Read(Environment(), fromStandardInput: true);

        Assert.That(characters, Is.All.EqualTo('\0'));
    }

    [Test]
    public void RequireMinimumLength_FiveCharacters_ThrowsTheCMessage()
    {
        var exception = Assert.Throws<CToolMessageException>(() => MyProxyPassphrase.RequireMinimumLength("abcde"));

        Assert.That(exception!.Message, Is.EqualTo("Passphrase must be at least 6 characters long."));
    }

    private CliEnvironment Environment() => new(_ => null, _reader, new FixedTime(DateTimeOffset.UnixEpoch));
}
