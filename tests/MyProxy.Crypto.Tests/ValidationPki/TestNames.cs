using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Crypto.Tests.ValidationPki;

/// <summary>Builds names at the DER level, so tests control RDN order and string types.</summary>
public static class TestNames
{
    public const string CommonName = "2.5.4.3";
    public const string Organization = "2.5.4.10";
    public const string DomainComponent = "0.9.2342.19200300.100.1.25";

    /// <summary>A name from (OID, value) RDNs in encoding order; values are PrintableString unless <paramref name="tag"/> says otherwise.</summary>
    public static X500DistinguishedName Build(UniversalTagNumber tag, params (string Oid, string Value)[] rdns)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            foreach (var (oid, value) in rdns)
            {
                WriteRdn(writer, oid, value, oid == DomainComponent ? UniversalTagNumber.IA5String : tag);
            }
        }

        return new X500DistinguishedName(writer.Encode());
    }

    public static X500DistinguishedName Build(params (string Oid, string Value)[] rdns) => Build(UniversalTagNumber.PrintableString, rdns);

    /// <summary>The issuer's RDNs byte for byte, plus one RDN (a CN unless told otherwise).</summary>
    public static X500DistinguishedName Append(X500DistinguishedName issuer, string value, string oid = CommonName)
    {
        var reader = new AsnReader(issuer.RawData, AsnEncodingRules.DER).ReadSequence();
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            while (reader.HasData)
            {
                writer.WriteEncodedValue(reader.ReadEncodedValue().Span);
            }

            WriteRdn(writer, oid, value, UniversalTagNumber.PrintableString);
        }

        return new X500DistinguishedName(writer.Encode());
    }

    private static void WriteRdn(AsnWriter writer, string oid, string value, UniversalTagNumber tag)
    {
        using (writer.PushSetOf())
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(oid);
            writer.WriteCharacterString(tag, value);
        }
    }
}
