using System.Formats.Asn1;

namespace MyProxy.Crypto.Tests.Support;

/// <summary>The algorithm choices inside a PBES2 EncryptedPrivateKeyInfo (RFC 8018 A.4).</summary>
internal sealed record EncryptedPkcs8Parameters(string Scheme, int Iterations, string Prf, string Cipher)
{
    public static EncryptedPkcs8Parameters Read(byte[] der)
    {
        var algorithm = new AsnReader(der, AsnEncodingRules.DER).ReadSequence().ReadSequence();
        var scheme = algorithm.ReadObjectIdentifier();
        var pbes2 = algorithm.ReadSequence();
        var kdf = pbes2.ReadSequence();
        _ = kdf.ReadObjectIdentifier();
        var pbkdf2 = kdf.ReadSequence();
        _ = pbkdf2.ReadOctetString();
        pbkdf2.TryReadInt32(out var iterations);
        if (pbkdf2.PeekTag().TagValue == (int)UniversalTagNumber.Integer)
        {
            _ = pbkdf2.ReadInteger();
        }

        var prf = pbkdf2.ReadSequence().ReadObjectIdentifier();
        var cipher = pbes2.ReadSequence().ReadObjectIdentifier();
        return new EncryptedPkcs8Parameters(scheme, iterations, prf, cipher);
    }
}
