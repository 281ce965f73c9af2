namespace MyProxy.Cli.Tests;

public sealed class ErrorReporterTests
{
    private StringWriter _error = null!;

    [SetUp]
    public void CreateWriter() => _error = new StringWriter();

    [TearDown]
    public void DisposeWriter() => _error.Dispose();

    [Test]
    public void Report_MyProxyException_PrintsItsMessageOnOneLineWithoutStackTrace()
    {
        var exception = Thrown(new MyProxyException("the server refused the passphrase."));

        var exitCode = ErrorReporter.Report(exception, _error, debug: false);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(_error.ToString(), Is.EqualTo("myproxy: the server refused the passphrase." + Environment.NewLine));
    }

    [Test]
    public void Report_Debug_PrintsTheStackTrace()
    {
        var exception = Thrown(new MyProxyException("boom"));

        ErrorReporter.Report(exception, _error, debug: true);

        Assert.That(_error.ToString(), Does.Contain(nameof(Thrown)));
    }

    [Test]
    public void Report_UnexpectedException_SaysInternalErrorAndHidesItsMessage()
    {
        var exception = Thrown(new InvalidOperationException("secret detail"));

        ErrorReporter.Report(exception, _error, debug: false);

        Assert.That(_error.ToString(), Does.Contain("internal error").And.Contain("--debug").And.Not.Contain("secret detail"));
    }

    [Test]
    public void Report_LongMultiLineMessage_IsCutToMaxLines()
    {
        var exception = new MyProxyException(string.Join('\n', Enumerable.Range(1, 50).Select(i => $"line {i}")));

        ErrorReporter.Report(exception, _error, debug: false);

        var lines = _error.ToString().TrimEnd().Split(Environment.NewLine);
        Assert.That(lines, Has.Length.EqualTo(ErrorReporter.MaxLines));
        Assert.That(lines[^1], Does.EndWith("[...]"));
    }

    [Test]
    public void Report_IOException_IsLabelledAsIoError()
    {
        ErrorReporter.Report(new IOException("disk full"), _error, debug: false);

        Assert.That(_error.ToString(), Is.EqualTo("myproxy: I/O error: disk full" + Environment.NewLine));
    }

    [Test]
    public void Report_MessageWithTerminalEscapesAndAHugeLine_PrintsItCleanedAndCut()
    {
        var exception = Thrown(new MyProxyException("server says \u001b[2J" + new string('x', 5000)));

        ErrorReporter.Report(exception, _error, debug: false);

        var printed = _error.ToString().TrimEnd();
        Assert.That(printed, Does.Not.Contain('\u001b'));
        Assert.That(printed, Has.Length.LessThanOrEqualTo(ErrorReporter.MaxLineLength + "myproxy: ".Length + " [...]".Length));
    }

    private static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception caught)
        {
            return caught;
        }
    }
}
