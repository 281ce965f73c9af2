using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Tests.ValidationPki;

/// <summary>A VOMS AC extension (SEQUENCE OF SEQUENCE OF AttributeCertificate) with FQANs, unsigned: the summary only parses.</summary>
public static class VomsTestExtension
{
    private static readonly Asn1Tag Context0 = new(TagClass.ContextSpecific, 0, isConstructed: true);

    public static X509Extension Create(string policyAuthority, params string[] fqans)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            WriteAttributeCertificate(writer, policyAuthority, fqans);
        }

        return new X509Extension(ProxyObjectIdentifiers.VomsAttributeCertificates, writer.Encode(), critical: false);
    }

    public static X509Extension DiracGroup(string group)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        writer.WriteCharacterString(UniversalTagNumber.IA5String, group);
        return new X509Extension(ProxyObjectIdentifiers.DiracGroup, writer.Encode(), critical: false);
    }

    private static void WriteAttributeCertificate(AsnWriter writer, string policyAuthority, string[] fqans)
    {
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteInteger(1);
                WriteEmptySequence(writer); // holder
                using (writer.PushSequence(Context0))
                {
                }

                WriteAlgorithm(writer);
                writer.WriteInteger(42);
                using (writer.PushSequence())
                {
                    writer.WriteGeneralizedTime(Pki.Now.AddHours(-1), omitFractionalSeconds: true);
                    writer.WriteGeneralizedTime(Pki.Now.AddHours(11), omitFractionalSeconds: true);
                }

                WriteAttributes(writer, policyAuthority, fqans);
            }

            WriteAlgorithm(writer);
            writer.WriteBitString([0x00]);
        }
    }

    private static void WriteAttributes(AsnWriter writer, string policyAuthority, string[] fqans)
    {
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(ProxyObjectIdentifiers.VomsFqans);
            using (writer.PushSetOf())
            using (writer.PushSequence())
            {
                using (writer.PushSequence(Context0))
                {
                    writer.WriteCharacterString(UniversalTagNumber.IA5String, policyAuthority, new Asn1Tag(TagClass.ContextSpecific, 6));
                }

                using (writer.PushSequence())
                {
                    foreach (var fqan in fqans)
                    {
                        writer.WriteOctetString(Encoding.UTF8.GetBytes(fqan));
                    }
                }
            }
        }
    }

    private static void WriteAlgorithm(AsnWriter writer)
    {
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier("1.2.840.113549.1.1.11");
            writer.WriteNull();
        }
    }

    private static void WriteEmptySequence(AsnWriter writer)
    {
        using (writer.PushSequence())
        {
        }
    }
}
