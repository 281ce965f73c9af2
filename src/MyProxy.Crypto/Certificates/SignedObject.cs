using System.Formats.Asn1;

namespace MyProxy.Crypto.Certificates;

/// <summary>
/// The outer layer shared by certificates and CRLs (RFC 5280 §4.1, §5.1): the signed part, the signature
/// algorithm and the signature value.
/// </summary>
/// <param name="ToBeSigned">The DER of the signed part (TBSCertificate or TBSCertList), header included.</param>
/// <param name="AlgorithmOid">The outer signatureAlgorithm OID.</param>
/// <param name="AlgorithmParameters">The encoded algorithm parameters, or <see langword="null"/> when absent.</param>
/// <param name="Signature">The signature value bytes.</param>
/// <param name="InnerAlgorithmMatches">Whether the signature algorithm inside the signed part equals the outer one (RFC 5280 §4.1.1.2).</param>
internal sealed record SignedObject(
    ReadOnlyMemory<byte> ToBeSigned,
    string AlgorithmOid,
    ReadOnlyMemory<byte>? AlgorithmParameters,
    byte[] Signature,
    bool InnerAlgorithmMatches)
{
    /// <summary>Splits DER into its parts; <see langword="null"/> when it is not a well-formed signed object.</summary>
    /// <param name="der">A DER certificate or CRL.</param>
    /// <returns>The parts, or <see langword="null"/>.</returns>
    public static SignedObject? TryRead(ReadOnlyMemory<byte> der)
    {
        try
        {
            var outer = new AsnReader(der, AsnEncodingRules.DER);
            var sequence = outer.ReadSequence();
            outer.ThrowIfNotEmpty();
            var toBeSigned = sequence.ReadEncodedValue();
            var algorithmEncoded = sequence.PeekEncodedValue();
            var algorithm = sequence.ReadSequence();
            var oid = algorithm.ReadObjectIdentifier();
            ReadOnlyMemory<byte>? parameters = algorithm.HasData ? algorithm.ReadEncodedValue() : null;
            algorithm.ThrowIfNotEmpty();
            var signature = sequence.ReadBitString(out var unusedBits);
            sequence.ThrowIfNotEmpty();
            var matches = InnerAlgorithm(toBeSigned).Span.SequenceEqual(algorithmEncoded.Span);
            return unusedBits == 0 ? new SignedObject(toBeSigned, oid, parameters, signature, matches) : null;
        }
        catch (AsnContentException)
        {
            return null;
        }
    }

    // TBSCertificate starts [0] version, serial; TBSCertList an optional version: the first SEQUENCE is the algorithm.
    private static ReadOnlyMemory<byte> InnerAlgorithm(ReadOnlyMemory<byte> toBeSigned)
    {
        var fields = new AsnReader(toBeSigned, AsnEncodingRules.DER).ReadSequence();
        while (fields.HasData)
        {
            if (fields.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
            {
                return fields.PeekEncodedValue();
            }

            fields.ReadEncodedValue();
        }

        return ReadOnlyMemory<byte>.Empty;
    }
}
