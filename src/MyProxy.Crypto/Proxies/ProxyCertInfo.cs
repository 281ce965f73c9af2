using System.Formats.Asn1;

namespace MyProxy.Crypto.Proxies;

/// <summary>
/// The value of a ProxyCertInfo extension: an optional path-length constraint and the proxy policy
/// (language OID and optional policy bytes). Encodes and decodes both the RFC 3820 and the GT3 draft layouts.
/// </summary>
/// <param name="PathLength">How many further proxies may be signed below this one; <see langword="null"/> = unlimited.</param>
/// <param name="PolicyLanguage">The policy language OID, for example <see cref="ProxyObjectIdentifiers.InheritAll"/>.</param>
/// <param name="Policy">The policy bytes; must be absent for inheritAll and independent (RFC 3820 §3.8.2).</param>
public sealed record ProxyCertInfo(int? PathLength, string PolicyLanguage, ReadOnlyMemory<byte>? Policy = null)
{
    /// <summary>The policy kind the language OID stands for.</summary>
    public ProxyPolicyKind Kind => PolicyLanguage switch
    {
        ProxyObjectIdentifiers.InheritAll => ProxyPolicyKind.InheritAll,
        ProxyObjectIdentifiers.LimitedProxy => ProxyPolicyKind.Limited,
        ProxyObjectIdentifiers.Independent => ProxyPolicyKind.Independent,
        _ => ProxyPolicyKind.Restricted,
    };

    /// <summary>The policy-language OID for a kind; <see cref="ProxyPolicyKind.Restricted"/> has none.</summary>
    /// <param name="kind">InheritAll, Limited or Independent.</param>
    /// <returns>The OID string.</returns>
    public static string LanguageFor(ProxyPolicyKind kind) => kind switch
    {
        ProxyPolicyKind.InheritAll => ProxyObjectIdentifiers.InheritAll,
        ProxyPolicyKind.Limited => ProxyObjectIdentifiers.LimitedProxy,
        ProxyPolicyKind.Independent => ProxyObjectIdentifiers.Independent,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A restricted proxy needs an explicit policy language OID."),
    };

    /// <summary>The extension OID that carries this value in a given format.</summary>
    /// <param name="format">RFC 3820 or draft; legacy proxies carry no extension.</param>
    /// <returns>The extension OID.</returns>
    public static string ExtensionOidFor(ProxyCertificateFormat format) => format switch
    {
        ProxyCertificateFormat.Rfc3820 => ProxyObjectIdentifiers.ProxyCertInfo,
        ProxyCertificateFormat.Draft => ProxyObjectIdentifiers.DraftProxyCertInfo,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Legacy proxies carry no ProxyCertInfo extension."),
    };

    /// <summary>DER-encodes the extension value in the layout of <paramref name="format"/>.</summary>
    /// <param name="format">RFC 3820 (path length first) or draft (policy first, path length tagged [1]).</param>
    /// <returns>The extnValue bytes, identical to what <c>grid-proxy-init</c> writes.</returns>
    public byte[] Encode(ProxyCertificateFormat format)
    {
        if (PathLength is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(PathLength), PathLength, "A path length cannot be negative.");
        }

        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            if (format == ProxyCertificateFormat.Rfc3820 && PathLength is { } rfcPathLength)
            {
                writer.WriteInteger(rfcPathLength);
            }

            WritePolicy(writer);
            if (format == ProxyCertificateFormat.Draft && PathLength is { } draftPathLength)
            {
                var tag = new Asn1Tag(TagClass.ContextSpecific, 1, isConstructed: true);
                using (writer.PushSequence(tag))
                {
                    writer.WriteInteger(draftPathLength);
                }
            }
            else if (format == ProxyCertificateFormat.Legacy)
            {
                throw new ArgumentOutOfRangeException(nameof(format), format, "Legacy proxies carry no ProxyCertInfo extension.");
            }
        }

        return writer.Encode();
    }

    /// <summary>Decodes an extension value, strictly (nothing after the fields, no negative path length).</summary>
    /// <param name="value">The extnValue bytes.</param>
    /// <param name="format">Which layout to expect: RFC 3820 or draft.</param>
    /// <param name="info">The decoded value.</param>
    /// <param name="error">Why the value was refused, when it was.</param>
    /// <returns><see langword="true"/> when the value is well formed.</returns>
    public static bool TryDecode(ReadOnlyMemory<byte> value, ProxyCertificateFormat format, out ProxyCertInfo? info, out string? error)
    {
        info = null;
        error = null;
        try
        {
            var outer = new AsnReader(value, AsnEncodingRules.DER);
            var sequence = outer.ReadSequence();
            outer.ThrowIfNotEmpty();
            info = format == ProxyCertificateFormat.Draft ? ReadDraft(sequence) : ReadRfc(sequence);
            return true;
        }
        catch (Exception exception) when (exception is AsnContentException or FormatException or OverflowException)
        {
            error = "malformed ProxyCertInfo: " + exception.Message;
            return false;
        }
    }

    private static ProxyCertInfo ReadRfc(AsnReader sequence)
    {
        int? pathLength = null;
        if (sequence.HasData && sequence.PeekTag().HasSameClassAndValue(Asn1Tag.Integer))
        {
            pathLength = ReadPathLength(sequence);
        }

        var info = ReadPolicy(sequence, pathLength);
        sequence.ThrowIfNotEmpty();
        return info;
    }

    private static ProxyCertInfo ReadDraft(AsnReader sequence)
    {
        var policy = sequence.ReadSequence();
        int? pathLength = null;
        if (sequence.HasData)
        {
            var tagged = sequence.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 1, isConstructed: true));
            pathLength = ReadPathLength(tagged);
            tagged.ThrowIfNotEmpty();
        }

        sequence.ThrowIfNotEmpty();
        return ReadPolicyFields(policy, pathLength);
    }

    private static int ReadPathLength(AsnReader reader)
    {
        if (!reader.TryReadInt32(out var pathLength) || pathLength < 0)
        {
            throw new FormatException("the path length is negative or too large.");
        }

        return pathLength;
    }

    private static ProxyCertInfo ReadPolicy(AsnReader sequence, int? pathLength) =>
        ReadPolicyFields(sequence.ReadSequence(), pathLength);

    private static ProxyCertInfo ReadPolicyFields(AsnReader policy, int? pathLength)
    {
        var language = policy.ReadObjectIdentifier();
        ReadOnlyMemory<byte>? bytes = policy.HasData ? policy.ReadOctetString() : (ReadOnlyMemory<byte>?)null;
        policy.ThrowIfNotEmpty();
        return new ProxyCertInfo(pathLength, language, bytes);
    }

    private void WritePolicy(AsnWriter writer)
    {
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(PolicyLanguage);
            if (Policy is { } policy)
            {
                writer.WriteOctetString(policy.Span);
            }
        }
    }
}
