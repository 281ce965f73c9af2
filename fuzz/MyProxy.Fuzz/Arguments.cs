using System.Globalization;

namespace MyProxy.Fuzz;

/// <summary>Parses the options after the command and target name.</summary>
internal static class Arguments
{
    /// <exception cref="ArgumentException">An unknown option or a missing or malformed value.</exception>
    public static RunOptions Parse(ReadOnlySpan<string> args)
    {
        var options = new RunOptions();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"option {args[i]} needs a value.", nameof(args));
            }

            var value = args[i + 1];
            options = args[i] switch
            {
                "--inputs" => options with { Inputs = long.Parse(value, CultureInfo.InvariantCulture) },
                "--seconds" => options with { Seconds = double.Parse(value, CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--corpus" => options with { CorpusRoot = value },
                "--findings" => options with { FindingsRoot = value },
                "--max-length" => options with { MaxLength = int.Parse(value, CultureInfo.InvariantCulture) },
                "--timeout" => options with { TimeoutSeconds = double.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}.", nameof(args)),
            };
        }

        return options;
    }
}
