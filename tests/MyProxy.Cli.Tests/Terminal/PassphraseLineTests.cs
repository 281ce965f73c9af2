using MyProxy.Cli.Terminal;

namespace MyProxy.Cli.Tests.Terminal;

public sealed class PassphraseLineTests
{
    [Test]
    public void Read_FirstLine_ReturnsItWithoutTheLineEnd()
    {
        using var input = new StringReader("pass phrase\r\nsecond line\n");

        Assert.That(new string(PassphraseLine.Read(input)), Is.EqualTo("pass phrase"));
    }

    [Test]
    public void Read_NoLineEnd_ReturnsEverything()
    {
        using var input = new StringReader("no newline");

        Assert.That(new string(PassphraseLine.Read(input)), Is.EqualTo("no newline"));
    }

    [Test]
    public void Read_EmptyLine_ReturnsAnEmptyPassphrase()
    {
        using var input = new StringReader("\n");

        Assert.That(PassphraseLine.Read(input), Is.Empty);
    }

    [Test]
    public void Read_EmptyInput_SaysNoPassphraseWasGiven()
    {
        using var input = new StringReader(string.Empty);

        Assert.That(() => PassphraseLine.Read(input), Throws.InstanceOf<MyProxyException>().With.Message.Contains("no pass phrase"));
    }

    [Test]
    public void Read_OverlongLine_IsRefusedWithoutEchoingIt()
    {
        using var input = new StringReader(new string('x', PassphraseLine.MaximumLength + 1));

        Assert.That(() => PassphraseLine.Read(input), Throws.InstanceOf<MyProxyException>().With.Message.Not.Contains("xxxx"));
    }

    [Test]
    public void ToArrayAndClear_AfterGrowing_ReturnsEveryCharacter()
    {
        var buffer = new PassphraseBuffer();
        var text = new string('p', 200);
        foreach (var character in text)
        {
            buffer.Append(character);
        }

        Assert.That(new string(buffer.ToArrayAndClear(trimCarriageReturn: false)), Is.EqualTo(text));
    }

    [Test]
    public void RemoveLast_Backspace_DropsTheLastCharacter()
    {
        var buffer = new PassphraseBuffer();
        buffer.Append('a');
        buffer.Append('b');

        buffer.RemoveLast();

        Assert.That(new string(buffer.ToArrayAndClear(trimCarriageReturn: false)), Is.EqualTo("a"));
    }

    [Test]
    public void ToArrayAndClear_Afterwards_LeavesTheBufferEmpty()
    {
        var buffer = new PassphraseBuffer();
        buffer.Append('s');

        buffer.ToArrayAndClear(trimCarriageReturn: false);

        Assert.That(buffer.Length, Is.Zero);
    }
}
