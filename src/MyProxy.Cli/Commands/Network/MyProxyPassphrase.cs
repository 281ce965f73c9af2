namespace MyProxy.Cli.Commands.Network;

/// <summary>The C tools' pass phrase dialogue: the prompt, the verifying prompt, <c>-S</c>, and the 6-character minimum.</summary>
internal static class MyProxyPassphrase
{
    public const string Prompt = "Enter MyProxy pass phrase:";
    public const string VerifyPrefix = "Verifying - ";
    public const string CurrentPrompt = "Enter (current) MyProxy pass phrase:";
    public const string NewPrompt = "Enter new MyProxy pass phrase:";
    public const int MinimumLength = 6;

    /// <summary>One pass phrase: a line of standard input with <c>-S</c>, else asked once.</summary>
    public static string Read(CliEnvironment environment, bool fromStandardInput, string prompt = Prompt) =>
        Take(fromStandardInput ? environment.Passphrases.ReadFromStandardInput() : environment.Passphrases.Prompt(prompt));

    /// <summary>A new pass phrase: with <c>-S</c> one line; else asked twice, and the two must agree.</summary>
    public static string ReadVerified(CliEnvironment environment, bool fromStandardInput, string prompt = Prompt)
    {
        var first = Read(environment, fromStandardInput, prompt);
        if (fromStandardInput)
        {
            return first;
        }

        var second = Read(environment, fromStandardInput: false, VerifyPrefix + prompt);
        return string.Equals(first, second, StringComparison.Ordinal)
            ? first
            : throw new CToolMessageException("Verify failure: the two pass phrases differ.");
    }

    /// <summary>The C client's check before it connects.</summary>
    public static string RequireMinimumLength(string passphrase) =>
        passphrase.Length >= MinimumLength
            ? passphrase
            : throw new CToolMessageException($"Passphrase must be at least {MinimumLength} characters long.");

    private static string Take(char[] characters)
    {
        try
        {
            return new string(characters);
        }
        finally
        {
            Array.Clear(characters);
        }
    }
}
