using System.Globalization;

namespace MyProxy.Transport.Net;

/// <summary>
/// The local ports the client may bind its socket to (<c>MYPROXY_TCP_PORT_RANGE</c> /
/// <c>GLOBUS_TCP_PORT_RANGE</c>), for sites whose firewalls only let those through.
/// </summary>
public sealed record TcpPortRange
{
    /// <summary>Creates a range.</summary>
    /// <param name="minimum">The lowest port, 1 to 65535.</param>
    /// <param name="maximum">The highest port, at least <paramref name="minimum"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A port is out of range or the range is empty.</exception>
    public TcpPortRange(int minimum, int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maximum, 65535);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, minimum);
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The lowest port.</summary>
    public int Minimum { get; }

    /// <summary>The highest port.</summary>
    public int Maximum { get; }

    /// <summary>Parses <c>min,max</c>, <c>min:max</c> or <c>min max</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The range.</returns>
    /// <exception cref="FormatException">The text is not two ports, the first not above the second.</exception>
    public static TcpPortRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split([',', ':', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !TryPort(parts[0], out var minimum) || !TryPort(parts[1], out var maximum))
        {
            throw new FormatException($"'{text}' is not a TCP port range; write min,max (for example 50000,50100).");
        }

        if (maximum < minimum)
        {
            throw new FormatException($"The TCP port range '{text}' is empty: its minimum is above its maximum.");
        }

        return new TcpPortRange(minimum, maximum);
    }

    /// <summary>The range as <c>min,max</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Minimum},{Maximum}");

    private static bool TryPort(string text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is >= 1 and <= 65535;
}
