namespace MyProxy.Protocol.Tests;

public sealed class ServerTextTests
{
    [Test]
    public void Lines_ThousandLines_ShowsTwoAndCountsTheRest()
    {
        var lines = ServerText.Lines([.. Enumerable.Range(0, 1000).Select(i => $"line {i}")]);

        Assert.That(lines, Is.EqualTo(new[] { "line 0", "line 1", "[998 more lines from the server not shown]" }));
    }

    [Test]
    public void Lines_ThreeShortLines_Unchanged()
    {
        Assert.That(ServerText.Lines(["a", "b", "c"]), Is.EqualTo(new[] { "a", "b", "c" }));
    }

    [Test]
    public void Line_TerminalEscapesAndCarriageReturn_ReplacedByQuestionMarks()
    {
        Assert.That(ServerText.Line("\u001b[31mred\r\u0007"), Is.EqualTo("?[31mred??"));
    }

    [Test]
    public void Line_MegabyteLong_CutToMaxLineLengthWithMark()
    {
        var line = ServerText.Line(new string('x', 1024 * 1024));

        Assert.That(line, Is.EqualTo(new string('x', ServerText.MaxLineLength) + " [...]"));
    }

    [Test]
    public void ServerExceptionMessage_FloodOfErrorLines_IsOneShortLine()
    {
        var exception = new MyProxyServerException([.. Enumerable.Repeat("\u001b[2J" + new string('e', 1000), 2000)]);

        Assert.That(exception.Message, Has.Length.LessThanOrEqualTo(ServerText.MaxLineLength + 32).And.Not.Contains('\u001b').And.Not.Contains('\n'));
        Assert.That(exception.ServerErrors, Has.Count.EqualTo(2000));
    }
}
