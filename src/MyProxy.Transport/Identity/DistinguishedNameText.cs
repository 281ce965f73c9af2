using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace MyProxy.Transport.Identity;

/// <summary>
/// Reads a distinguished name as users write it, the OpenSSL slash form (<c>/DC=org/DC=example/CN=host/localhost</c>,
/// most significant first) or the RFC 2253 form (<c>CN=host/localhost,DC=example,DC=org</c>, most significant
/// last), into RDNs in encoding order. A '/' separates RDNs only when an attribute keyword and '=' follow it, so
/// the '/' inside <c>host/localhost</c> stays in the value.
/// </summary>
internal static class DistinguishedNameText
{
    /// <summary>The RDNs, most significant first.</summary>
    /// <exception cref="FormatException">The text is not a distinguished name.</exception>
    public static IReadOnlyList<NameAttribute> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        if (value.Length == 0)
        {
            throw new FormatException("The distinguished name is empty.");
        }

        var rdns = value[0] == '/' ? SplitSlashForm(value) : SplitCommaForm(value);
        return [.. rdns.Select(rdn => ParseAttribute(rdn, text))];
    }

    /// <summary>The RDNs of an encoded name, most significant first.</summary>
    public static IReadOnlyList<NameAttribute> FromName(X500DistinguishedName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return [.. name.EnumerateRelativeDistinguishedNames(reversed: false).Select(NameAttribute.FromRdn)];
    }

    /// <summary>The OpenSSL slash form without escapes, as the C tools print a DN and accept it back.</summary>
    public static string ToSlashForm(X500DistinguishedName name) =>
        string.Concat(FromName(name).Select(attribute => $"/{attribute.Keyword}={attribute.Value}"));

    private static List<string> SplitSlashForm(string value) =>
        Split(value, start: 1, (text, i) => text[i] == '/' && StartsWithKeyword(text.AsSpan(i + 1)));

    private static List<string> SplitCommaForm(string value)
    {
        var rdns = Split(value, start: 0, (text, i) => text[i] is ',' or ';');
        rdns.Reverse();
        return rdns;
    }

    // Splits at unescaped separators; escapes stay in place for Unescape.
    private static List<string> Split(string value, int start, Func<string, int, bool> isSeparator)
    {
        var rdns = new List<string>();
        var current = new StringBuilder();
        for (var i = start; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                current.Append(value[i]).Append(value[++i]);
            }
            else if (isSeparator(value, i))
            {
                rdns.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(value[i]);
            }
        }

        rdns.Add(current.ToString());
        return rdns;
    }

    // KEY= where KEY is a keyword (letters, digits, '-') or a dotted OID.
    private static bool StartsWithKeyword(ReadOnlySpan<char> rest)
    {
        var equals = rest.IndexOf('=');
        if (equals <= 0)
        {
            return false;
        }

        var keyword = rest[..equals].Trim();
        if (keyword.Length == 0 || !char.IsAsciiLetterOrDigit(keyword[0]))
        {
            return false;
        }

        foreach (var c in keyword)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static NameAttribute ParseAttribute(string rdn, string whole)
    {
        var equals = rdn.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new FormatException($"'{whole}' is not a distinguished name: '{rdn}' has no KEY=value.");
        }

        var keyword = rdn[..equals].Trim();
        var oid = NameAttribute.OidOf(keyword)
            ?? throw new FormatException($"'{whole}' is not a distinguished name: '{keyword}' is not an attribute name this client knows; use its OID.");
        return new NameAttribute(oid, Unescape(rdn[(equals + 1)..].Trim()));
    }

    private static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var result = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 >= value.Length)
            {
                result.Append(value[i]);
            }
            else if (i + 2 < value.Length && char.IsAsciiHexDigit(value[i + 1]) && char.IsAsciiHexDigit(value[i + 2]))
            {
                result.Append((char)Convert.ToByte(value.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                result.Append(value[++i]);
            }
        }

        return result.ToString();
    }
}
