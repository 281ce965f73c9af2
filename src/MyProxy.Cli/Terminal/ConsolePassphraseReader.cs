namespace MyProxy.Cli.Terminal;

/// <summary>
/// Reads pass phrases from the console: keys typed without echo when standard input is a terminal, else a line
/// of standard input. Prompts go to standard error so that standard output stays clean for scripts.
/// </summary>
internal sealed class ConsolePassphraseReader : IPassphraseReader
{
    /// <inheritdoc/>
    public char[] ReadFromStandardInput() => PassphraseLine.Read(Console.In);

    /// <inheritdoc/>
    public char[] Prompt(string prompt)
    {
        Console.Error.Write(prompt);
        if (Console.IsInputRedirected)
        {
            return PassphraseLine.Read(Console.In);
        }

        try
        {
            return ReadKeysWithoutEcho();
        }
        finally
        {
            Console.Error.WriteLine();
        }
    }

    private static char[] ReadKeysWithoutEcho()
    {
        var buffer = new PassphraseBuffer();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                buffer.RemoveLast();
            }
            else if (!char.IsControl(key.KeyChar))
            {
                buffer.Append(key.KeyChar);
            }
        }

        return buffer.ToArrayAndClear(trimCarriageReturn: false);
    }
}
