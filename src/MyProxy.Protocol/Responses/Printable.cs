using System.Text;

namespace MyProxy.Protocol.Responses;

/// <summary>Makes server-supplied text safe to quote in a one-line exception message.</summary>
internal static class Printable
{
    private const int MaxLength = 64;

    public static string Of(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength) + 3);
        foreach (var character in text.AsSpan(0, Math.Min(text.Length, MaxLength)))
        {
            builder.Append(char.IsControl(character) ? '?' : character);
        }

        if (text.Length > MaxLength)
        {
            builder.Append("...");
        }

        return builder.ToString();
    }
}
