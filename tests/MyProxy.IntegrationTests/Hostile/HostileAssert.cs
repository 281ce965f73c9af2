namespace MyProxy.IntegrationTests.Hostile;

/// <summary>What every report of a misbehaving server must look like, from the library and from the CLI.</summary>
internal static class HostileAssert
{
    public const int MaxLines = 3;

    /// <summary>About 200 characters of text per line, plus the program's and endpoint's names around it.</summary>
    public const int MaxLineLength = 320;

    /// <summary>The exception <paramref name="operation"/> throws; a failure, naming <paramref name="context"/>, when it succeeds.</summary>
    public static async Task<Exception> ThrowsAsync(Func<Task> operation, string context)
    {
        try
        {
            await operation();
        }
        catch (Exception exception)
        {
            return exception;
        }

        Assert.Fail($"the client accepted what the misbehaving server sent ({context})");
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>At most three short lines, no control characters, no stack trace.</summary>
    public static void IsShortPlainMessage(string message, string context)
    {
        var lines = message.TrimEnd('\n').Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(message.Trim(), Is.Not.Empty, context);
            Assert.That(lines, Has.Length.LessThanOrEqualTo(MaxLines), $"{context}: {message}");
            Assert.That(lines, Has.All.Length.LessThanOrEqualTo(MaxLineLength), $"{context}: {message}");
            Assert.That(message.TrimEnd('\n').Where(c => c != '\n' && char.IsControl(c)), Is.Empty, $"{context}: control characters in {message}");
            Assert.That(message, Does.Not.Contain("   at ").And.Not.Contain("Exception:"), $"{context}: stack trace in {message}");
        });
    }
}
