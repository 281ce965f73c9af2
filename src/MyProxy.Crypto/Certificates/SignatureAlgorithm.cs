using System.Formats.Asn1;
using System.Security.Cryptography;

namespace MyProxy.Crypto.Certificates;

/// <summary>A certificate signature algorithm this library knows: the key type, padding and digest behind an OID.</summary>
/// <param name="Key">The key family that signs.</param>
/// <param name="Hash">The digest, by name (SHA-224 has no .NET name and is written "SHA224").</param>
/// <param name="IsPss">RSASSA-PSS rather than PKCS#1 v1.5.</param>
internal sealed record SignatureAlgorithm(SignatureKeyFamily Key, HashAlgorithmName Hash, bool IsPss = false)
{
    public const string RsaPssOid = "1.2.840.113549.1.1.10";

    private static readonly HashAlgorithmName Sha224 = new("SHA224");

    /// <summary>Whether the digest is MD5 or SHA-1: collisions are practical, so proxies signed so are refused by default.</summary>
    public bool IsWeak => Hash == HashAlgorithmName.MD5 || Hash == HashAlgorithmName.SHA1;

    /// <summary>The algorithm behind an OID (PSS parameters are read separately), or <see langword="null"/> when unknown.</summary>
    public static SignatureAlgorithm? FromOid(string oid) => oid switch
    {
        "1.2.840.113549.1.1.4" => new(SignatureKeyFamily.Rsa, HashAlgorithmName.MD5),
        "1.2.840.113549.1.1.5" => new(SignatureKeyFamily.Rsa, HashAlgorithmName.SHA1),
        "1.2.840.113549.1.1.14" => new(SignatureKeyFamily.Rsa, Sha224),
        "1.2.840.113549.1.1.11" => new(SignatureKeyFamily.Rsa, HashAlgorithmName.SHA256),
        "1.2.840.113549.1.1.12" => new(SignatureKeyFamily.Rsa, HashAlgorithmName.SHA384),
        "1.2.840.113549.1.1.13" => new(SignatureKeyFamily.Rsa, HashAlgorithmName.SHA512),
        "1.2.840.10045.4.1" => new(SignatureKeyFamily.Ecdsa, HashAlgorithmName.SHA1),
        "1.2.840.10045.4.3.1" => new(SignatureKeyFamily.Ecdsa, Sha224),
        "1.2.840.10045.4.3.2" => new(SignatureKeyFamily.Ecdsa, HashAlgorithmName.SHA256),
        "1.2.840.10045.4.3.3" => new(SignatureKeyFamily.Ecdsa, HashAlgorithmName.SHA384),
        "1.2.840.10045.4.3.4" => new(SignatureKeyFamily.Ecdsa, HashAlgorithmName.SHA512),
        _ => null,
    };

    /// <summary>The digest named by a hash-algorithm OID (PSS parameters), or <see langword="null"/>.</summary>
    public static HashAlgorithmName? HashFromOid(string oid) => oid switch
    {
        "1.3.14.3.2.26" => HashAlgorithmName.SHA1,
        "2.16.840.1.101.3.4.2.4" => Sha224,
        "2.16.840.1.101.3.4.2.1" => HashAlgorithmName.SHA256,
        "2.16.840.1.101.3.4.2.2" => HashAlgorithmName.SHA384,
        "2.16.840.1.101.3.4.2.3" => HashAlgorithmName.SHA512,
        _ => null,
    };

    /// <summary>
    /// The algorithm of a signed object, PSS included when its parameters are ones .NET can verify (MGF1 with the
    /// same digest, salt as long as the digest, trailer 1); <see langword="null"/> otherwise.
    /// </summary>
    public static SignatureAlgorithm? Resolve(string oid, ReadOnlyMemory<byte>? parameters)
    {
        if (oid != RsaPssOid)
        {
            return FromOid(oid);
        }

        try
        {
            return parameters is { } encoded ? ReadPss(encoded) : null;
        }
        catch (AsnContentException)
        {
            return null;
        }
    }

    /// <summary>The length of a digest in bytes.</summary>
    public static int HashLength(HashAlgorithmName hash) => hash.Name switch
    {
        "SHA1" => 20,
        "SHA224" => 28,
        "SHA256" => 32,
        "SHA384" => 48,
        "SHA512" => 64,
        _ => 16,
    };

    private static SignatureAlgorithm? ReadPss(ReadOnlyMemory<byte> encoded)
    {
        var reader = new AsnReader(encoded, AsnEncodingRules.DER);
        var fields = reader.ReadSequence();
        reader.ThrowIfNotEmpty();
        var hash = HashAlgorithmName.SHA1;
        var maskHash = HashAlgorithmName.SHA1;
        var salt = 20;
        if (TryExplicit(fields, 0, out var hashField))
        {
            hash = HashFromOid(ReadAlgorithmOid(hashField, out _)) ?? default;
        }

        if (TryExplicit(fields, 1, out var maskField))
        {
            var maskOid = ReadAlgorithmOid(maskField, out var maskParameters);
            maskHash = maskOid == "1.2.840.113549.1.1.8" && maskParameters is not null
                ? HashFromOid(maskParameters.ReadSequence().ReadObjectIdentifier()) ?? default
                : default;
        }

        if (TryExplicit(fields, 2, out var saltField) && !saltField.TryReadInt32(out salt))
        {
            return null;
        }

        if (TryExplicit(fields, 3, out var trailerField) && (!trailerField.TryReadInt32(out var trailer) || trailer != 1))
        {
            return null;
        }

        var valid = hash.Name is not null && hash == maskHash && salt == HashLength(hash);
        return valid ? new SignatureAlgorithm(SignatureKeyFamily.Rsa, hash, IsPss: true) : null;
    }

    private static bool TryExplicit(AsnReader fields, int tag, out AsnReader inner)
    {
        var expected = new Asn1Tag(TagClass.ContextSpecific, tag, isConstructed: true);
        if (fields.HasData && fields.PeekTag().HasSameClassAndValue(expected))
        {
            inner = fields.ReadSequence(expected);
            return true;
        }

        inner = null!;
        return false;
    }

    private static string ReadAlgorithmOid(AsnReader field, out AsnReader? parameters)
    {
        var algorithm = field.ReadSequence();
        var oid = algorithm.ReadObjectIdentifier();
        parameters = algorithm.HasData && algorithm.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence) ? algorithm : null;
        return oid;
    }
}
