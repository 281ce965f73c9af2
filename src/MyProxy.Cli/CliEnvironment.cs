using MyProxy.Cli.Terminal;

namespace MyProxy.Cli;

/// <summary>
/// What a command reads from outside its arguments: environment variables, the pass phrase source and the
/// clock. Tests replace each; <see cref="Default"/> is the real process.
/// </summary>
/// <param name="Variables">Reads an environment variable (<see langword="null"/> when unset).</param>
/// <param name="Passphrases">Where key pass phrases come from.</param>
/// <param name="Time">The clock for validity periods and time left.</param>
internal sealed record CliEnvironment(Func<string, string?> Variables, IPassphraseReader Passphrases, TimeProvider Time)
{
    /// <summary>The process environment, the console and the system clock.</summary>
    public static CliEnvironment Default { get; } =
        new(Environment.GetEnvironmentVariable, new ConsolePassphraseReader(), TimeProvider.System);

    /// <summary>
    /// The time in whole seconds, as the C tools read it (<c>time(NULL)</c>), so that "time left" agrees with
    /// grid-proxy-info's to the second instead of being one lower for the fraction of a second.
    /// </summary>
    public DateTimeOffset UtcNowInWholeSeconds()
    {
        var now = Time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }
}
