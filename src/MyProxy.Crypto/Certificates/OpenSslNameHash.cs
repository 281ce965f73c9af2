using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace MyProxy.Crypto.Certificates;

/// <summary>
/// The name hash OpenSSL gives trust-directory files (<c>openssl x509 -hash</c>, <c>X509_NAME_hash_ex</c>): the
/// first four bytes, little-endian, of the SHA-1 of the name's canonical encoding. That encoding is each RDN as a
/// DER SET, without the outer SEQUENCE, with every string value as a UTF8String trimmed, its runs of white space
/// collapsed to one space and its ASCII letters lower-cased. It lets a trust directory be read a CA at a time, as
/// OpenSSL's hash lookup reads it.
/// </summary>
internal static class OpenSslNameHash
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The hash as the eight lower-case hex digits of a file name (<c>880cfa8a</c>), or <see langword="null"/> for undecodable DER.</summary>
    public static string? FileStem(X500DistinguishedName name) =>
        Compute(name) is { } hash ? hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The hash, or <see langword="null"/> when the DER cannot be decoded.</summary>
    public static uint? Compute(X500DistinguishedName name)
    {
        try
        {
            var digest = SHA1.HashData(CanonicalEncoding(name.RawData));
            return digest[0] | ((uint)digest[1] << 8) | ((uint)digest[2] << 16) | ((uint)digest[3] << 24);
        }
        catch (Exception exception) when (exception is AsnContentException or DecoderFallbackException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The RDN SETs of <paramref name="der"/> with canonical values, concatenated.</summary>
    internal static byte[] CanonicalEncoding(ReadOnlyMemory<byte> der)
    {
        var outer = new AsnReader(der, AsnEncodingRules.DER);
        var sequence = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        using var output = new MemoryStream();
        while (sequence.HasData)
        {
            var set = sequence.ReadSetOf(skipSortOrderValidation: true);
            var writer = new AsnWriter(AsnEncodingRules.DER);
            // DER sorts the SET's members when it is popped, as OpenSSL's encoder does.
            using (writer.PushSetOf())
            {
                while (set.HasData)
                {
                    WriteCanonicalAttribute(set.ReadSequence(), writer);
                }
            }

            output.Write(writer.Encode());
        }

        return output.ToArray();
    }

    private static void WriteCanonicalAttribute(AsnReader attribute, AsnWriter writer)
    {
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(attribute.ReadObjectIdentifier());
            var tag = attribute.PeekTag();
            if (Decoding(tag) is { } encoding && attribute.TryReadPrimitiveCharacterStringBytes(tag, out var bytes))
            {
                writer.WriteCharacterString(UniversalTagNumber.UTF8String, Encoding.UTF8.GetString(Canonical(Utf8(encoding, bytes.Span))));
            }
            else
            {
                // Types OpenSSL does not canonicalise (and constructed strings) are kept as they are.
                writer.WriteEncodedValue(attribute.ReadEncodedValue().Span);
            }

            attribute.ThrowIfNotEmpty();
        }
    }

    // OpenSSL's ASN1_MASK_CANON: the string types whose values are compared as text.
    private static Encoding? Decoding(Asn1Tag tag)
    {
        if (tag.TagClass != TagClass.Universal || tag.IsConstructed)
        {
            return null;
        }

        return (UniversalTagNumber)tag.TagValue switch
        {
            UniversalTagNumber.UTF8String => StrictUtf8,
            UniversalTagNumber.BMPString => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true),
            UniversalTagNumber.UniversalString => new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true),
            // OpenSSL converts these a byte to a character.
            UniversalTagNumber.PrintableString or UniversalTagNumber.T61String or UniversalTagNumber.IA5String or UniversalTagNumber.VisibleString => Encoding.Latin1,
            _ => null,
        };
    }


    private static byte[] Utf8(Encoding encoding, ReadOnlySpan<byte> bytes) => StrictUtf8.GetBytes(encoding.GetString(bytes));

    // asn1_string_canon: on the UTF-8 bytes, trim and collapse ASCII white space, lower-case ASCII; other bytes kept.
    private static byte[] Canonical(byte[] utf8)
    {
        var start = 0;
        var end = utf8.Length;
        while (start < end && IsSpace(utf8[start]))
        {
            start++;
        }

        while (end > start && IsSpace(utf8[end - 1]))
        {
            end--;
        }

        var result = new List<byte>(end - start);
        for (var i = start; i < end; i++)
        {
            var b = utf8[i];
            if (IsSpace(b))
            {
                result.Add((byte)' ');
                while (IsSpace(utf8[i + 1]))
                {
                    i++;
                }
            }
            else
            {
                result.Add(b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b);
            }
        }

        return [.. result];
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r';
}
