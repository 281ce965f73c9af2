using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace MyProxy.Crypto.Certificates;

/// <summary>
/// Distinguished names the way grid tools show and compare them: the OpenSSL one-line form
/// (<c>/DC=org/DC=example/CN=Alice Example</c>) for people, and X.500 structure (not strings) for comparison.
/// </summary>
public static class DistinguishedNames
{
    private static readonly Dictionary<string, string> ShortNames = new(StringComparer.Ordinal)
    {
        ["2.5.4.3"] = "CN",
        ["2.5.4.4"] = "SN",
        ["2.5.4.5"] = "serialNumber",
        ["2.5.4.6"] = "C",
        ["2.5.4.7"] = "L",
        ["2.5.4.8"] = "ST",
        ["2.5.4.9"] = "street",
        ["2.5.4.10"] = "O",
        ["2.5.4.11"] = "OU",
        ["2.5.4.12"] = "title",
        ["2.5.4.42"] = "GN",
        ["2.5.4.43"] = "initials",
        ["2.5.4.46"] = "dnQualifier",
        ["2.5.4.65"] = "pseudonym",
        ["0.9.2342.19200300.100.1.1"] = "UID",
        ["0.9.2342.19200300.100.1.25"] = "DC",
        ["1.2.840.113549.1.9.1"] = "emailAddress",
    };

    /// <summary>
    /// The OpenSSL one-line form grid tools print (<c>grid-proxy-info -subject</c>, signing_policy files):
    /// every RDN in encoding order, each prefixed with <c>/</c>; the AVAs of a multi-valued RDN joined with <c>+</c>.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>For example <c>/DC=org/DC=example/CN=Alice Example</c>; empty for an empty name.</returns>
    public static string ToGlobusString(X500DistinguishedName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder();
        foreach (var rdn in ReadRelativeNames(name))
        {
            text.Append('/');
            text.AppendJoin('+', rdn.Select(ava => $"{ShortName(ava.Oid)}={ava.Value}"));
        }

        return text.ToString();
    }

    /// <summary>
    /// Whether two names are the same X.500 name: identical DER, or the same RDNs in the same order with
    /// attribute values equal after trimming, collapsing white space and ignoring case (RFC 5280 §7.1, simplified).
    /// </summary>
    /// <param name="left">One name.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when they name the same entity.</returns>
    public static bool AreEquivalent(X500DistinguishedName left, X500DistinguishedName right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return left.RawData.AsSpan().SequenceEqual(right.RawData)
            || string.Equals(CanonicalKey(left), CanonicalKey(right), StringComparison.Ordinal);
    }

    /// <summary>The one-line form, or .NET's own rendering when the DER cannot be decoded (for messages, never throws).</summary>
    internal static string Describe(X500DistinguishedName name)
    {
        try
        {
            return ToGlobusString(name);
        }
        catch (AsnContentException)
        {
            return name.Name;
        }
    }

    /// <summary>A string that is equal for equivalent names (dictionary key); <see langword="null"/> for undecodable DER.</summary>
    internal static string? CanonicalKey(X500DistinguishedName name)
    {
        try
        {
            return CanonicalKey(ReadRelativeNames(name));
        }
        catch (AsnContentException)
        {
            return null;
        }
    }

    /// <summary>The canonical key of a list of RDNs.</summary>
    internal static string CanonicalKey(IEnumerable<IReadOnlyList<AttributeValue>> rdns) =>
        string.Join("/", rdns.Select(rdn => string.Join("+", rdn.Select(ava => ava.Oid + "=" + Normalize(ava.Value)).Order(StringComparer.Ordinal))));

    /// <summary>The RDNs of a name in encoding order, each a list of attribute type/value pairs.</summary>
    /// <exception cref="AsnContentException">The DER is malformed.</exception>
    internal static List<IReadOnlyList<AttributeValue>> ReadRelativeNames(X500DistinguishedName name)
    {
        var outer = new AsnReader(name.RawData, AsnEncodingRules.DER);
        var sequence = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        var rdns = new List<IReadOnlyList<AttributeValue>>();
        while (sequence.HasData)
        {
            var set = sequence.ReadSetOf(skipSortOrderValidation: true);
            var avas = new List<AttributeValue>();
            while (set.HasData)
            {
                var ava = set.ReadSequence();
                var oid = ava.ReadObjectIdentifier();
                avas.Add(new AttributeValue(oid, ReadValue(ava)));
                ava.ThrowIfNotEmpty();
            }

            rdns.Add(avas);
        }

        return rdns;
    }

    private static string ReadValue(AsnReader ava)
    {
        var tag = ava.PeekTag();
        if (tag.TagClass == TagClass.Universal && IsCharacterString((UniversalTagNumber)tag.TagValue))
        {
            try
            {
                return ava.ReadCharacterString((UniversalTagNumber)tag.TagValue);
            }
            catch (AsnContentException)
            {
                // Fall through to the hex form of a string that does not decode as its type says.
            }
        }

        return "#" + Convert.ToHexString(ava.ReadEncodedValue().Span);
    }

    private static bool IsCharacterString(UniversalTagNumber tag) => tag is UniversalTagNumber.UTF8String or UniversalTagNumber.PrintableString
        or UniversalTagNumber.IA5String or UniversalTagNumber.T61String or UniversalTagNumber.BMPString
        or UniversalTagNumber.UniversalString or UniversalTagNumber.VisibleString or UniversalTagNumber.NumericString;

    private static string ShortName(string oid) => ShortNames.TryGetValue(oid, out var shortName) ? shortName : oid;

    private static string Normalize(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    /// <summary>One attribute type and value of an RDN.</summary>
    internal readonly record struct AttributeValue(string Oid, string Value);
}
