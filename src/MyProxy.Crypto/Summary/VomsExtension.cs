using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Summary;

/// <summary>
/// Reads the VOMS attribute certificates a proxy carries (extension 1.3.6.1.4.1.8005.100.100.5: SEQUENCE OF
/// SEQUENCE OF AttributeCertificate): the FQANs of attribute 1.3.6.1.4.1.8005.100.100.4 (IetfAttrSyntax) and
/// the VO named by its policyAuthority (<c>vo://host:port</c>). Parsing only: the AC signature is not checked.
/// </summary>
internal static class VomsExtension
{
    private static readonly Asn1Tag PolicyAuthorityTag = new(TagClass.ContextSpecific, 0, isConstructed: true);
    private static readonly Asn1Tag UriTag = new(TagClass.ContextSpecific, 6);

    /// <summary>The VO and FQANs of the first certificate from the leaf that carries the extension; empty when none does or it is malformed.</summary>
    public static (string? VirtualOrganization, IReadOnlyList<string> Fqans) Read(IEnumerable<X509Certificate2> leafFirst)
    {
        foreach (var certificate in leafFirst)
        {
            var extension = certificate.Extensions[ProxyObjectIdentifiers.VomsAttributeCertificates];
            if (extension is null)
            {
                continue;
            }

            try
            {
                return Decode(extension.RawData);
            }
            catch (AsnContentException)
            {
                return (null, []);
            }
        }

        return (null, []);
    }

    /// <summary>Decodes an extension value; throws <see cref="AsnContentException"/> when malformed.</summary>
    public static (string? VirtualOrganization, IReadOnlyList<string> Fqans) Decode(ReadOnlyMemory<byte> value)
    {
        string? vo = null;
        var fqans = new List<string>();
        var outer = new AsnReader(value, AsnEncodingRules.DER).ReadSequence();
        while (outer.HasData)
        {
            var certificates = outer.ReadSequence();
            while (certificates.HasData)
            {
                ReadAttributeCertificate(certificates.ReadSequence(), ref vo, fqans);
            }
        }

        return (vo, fqans);
    }

    private static void ReadAttributeCertificate(AsnReader attributeCertificate, ref string? vo, List<string> fqans)
    {
        var info = attributeCertificate.ReadSequence();
        if (info.PeekTag().HasSameClassAndValue(Asn1Tag.Integer))
        {
            info.ReadInteger();
        }

        info.ReadEncodedValue(); // holder
        info.ReadEncodedValue(); // issuer
        info.ReadEncodedValue(); // signature algorithm
        info.ReadInteger();
        info.ReadEncodedValue(); // validity
        var attributes = info.ReadSequence();
        while (attributes.HasData)
        {
            var attribute = attributes.ReadSequence();
            var type = attribute.ReadObjectIdentifier();
            var values = attribute.ReadSetOf(skipSortOrderValidation: true);
            while (type == ProxyObjectIdentifiers.VomsFqans && values.HasData)
            {
                ReadIetfAttribute(values.ReadSequence(), ref vo, fqans);
            }
        }
    }

    private static void ReadIetfAttribute(AsnReader syntax, ref string? vo, List<string> fqans)
    {
        if (syntax.HasData && syntax.PeekTag().HasSameClassAndValue(PolicyAuthorityTag))
        {
            var names = syntax.ReadSequence(PolicyAuthorityTag);
            while (names.HasData)
            {
                var tag = names.PeekTag();
                if (tag.HasSameClassAndValue(UriTag))
                {
                    var uri = names.ReadCharacterString(UniversalTagNumber.IA5String, UriTag);
                    var end = uri.IndexOf("://", StringComparison.Ordinal);
                    vo ??= end > 0 ? uri[..end] : uri;
                }
                else
                {
                    names.ReadEncodedValue();
                }
            }
        }

        var values = syntax.ReadSequence();
        while (values.HasData)
        {
            var tag = values.PeekTag();
            if (tag.HasSameClassAndValue(Asn1Tag.PrimitiveOctetString))
            {
                fqans.Add(System.Text.Encoding.UTF8.GetString(values.ReadOctetString()));
            }
            else if (tag.HasSameClassAndValue(Asn1Tag.ObjectIdentifier))
            {
                fqans.Add(values.ReadObjectIdentifier());
            }
            else
            {
                fqans.Add(values.ReadCharacterString(UniversalTagNumber.UTF8String));
            }
        }
    }
}
