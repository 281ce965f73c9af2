using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Transport.Identity;

/// <summary>One single-valued RDN: an attribute type and its value, compared as X.500 names compare.</summary>
internal sealed record NameAttribute(string Oid, string Value)
{
    private static readonly (string Keyword, string Oid)[] Keywords =
    [
        ("CN", "2.5.4.3"), ("C", "2.5.4.6"), ("L", "2.5.4.7"), ("ST", "2.5.4.8"), ("S", "2.5.4.8"),
        ("O", "2.5.4.10"), ("OU", "2.5.4.11"), ("DC", "0.9.2342.19200300.100.1.25"),
        ("UID", "0.9.2342.19200300.100.1.1"), ("emailAddress", "1.2.840.113549.1.9.1"), ("E", "1.2.840.113549.1.9.1"),
        ("SN", "2.5.4.4"), ("GN", "2.5.4.42"), ("serialNumber", "2.5.4.5"), ("title", "2.5.4.12"), ("street", "2.5.4.9"),
    ];

    /// <summary>The short keyword OpenSSL prints, or the OID.</summary>
    public string Keyword => Keywords.FirstOrDefault(pair => pair.Oid == Oid).Keyword ?? Oid;

    public static string? OidOf(string keyword)
    {
        foreach (var (name, oid) in Keywords)
        {
            if (string.Equals(name, keyword, StringComparison.OrdinalIgnoreCase))
            {
                return oid;
            }
        }

        return keyword.Length > 0 && keyword.All(c => char.IsAsciiDigit(c) || c == '.') && keyword.Contains('.', StringComparison.Ordinal)
            ? keyword
            : null;
    }

    public static NameAttribute FromRdn(X500RelativeDistinguishedName rdn)
    {
        if (rdn.HasMultipleElements)
        {
            // Multi-valued RDNs are unheard of in grid DNs; compare them by their exact encoding.
            return new NameAttribute("multi", Convert.ToHexString(rdn.RawData.Span));
        }

        return new NameAttribute(rdn.GetSingleElementType().Value ?? string.Empty, rdn.GetSingleElementValue() ?? string.Empty);
    }

    /// <summary>Same type, and values equal ignoring case and runs of white space (RFC 4518 in short).</summary>
    public bool Matches(NameAttribute other) =>
        string.Equals(Oid, other.Oid, StringComparison.Ordinal)
        && string.Equals(Normalise(Value), Normalise(other.Value), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string value) =>
        string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
