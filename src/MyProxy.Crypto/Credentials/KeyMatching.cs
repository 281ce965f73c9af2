using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Crypto.Credentials;

/// <summary>Whether a private key belongs to a certificate: the same public key, compared by its parameters.</summary>
public static class KeyMatching
{
    /// <summary>Whether <paramref name="key"/> is the private key of <paramref name="certificate"/>.</summary>
    /// <param name="certificate">The certificate.</param>
    /// <param name="key">An <see cref="RSA"/> or <see cref="ECDsa"/> key (its public half is compared).</param>
    /// <returns>
    /// <see langword="true"/> when the RSA modulus and exponent, or the EC curve and point, are equal; for other
    /// key types, when the SubjectPublicKeyInfo encodings are equal.
    /// </returns>
    public static bool Matches(X509Certificate2 certificate, AsymmetricAlgorithm key)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(key);
        return key switch
        {
            RSA rsa => MatchesRsa(certificate, rsa),
            ECDsa ecdsa => MatchesEc(certificate, ecdsa),
            _ => certificate.PublicKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(key.ExportSubjectPublicKeyInfo()),
        };
    }

    private static bool MatchesRsa(X509Certificate2 certificate, RSA key)
    {
        using var certificateKey = certificate.GetRSAPublicKey();
        if (certificateKey is null)
        {
            return false;
        }

        var expected = certificateKey.ExportParameters(includePrivateParameters: false);
        var actual = key.ExportParameters(includePrivateParameters: false);
        return expected.Modulus.AsSpan().SequenceEqual(actual.Modulus) && expected.Exponent.AsSpan().SequenceEqual(actual.Exponent);
    }

    private static bool MatchesEc(X509Certificate2 certificate, ECDsa key)
    {
        using var certificateKey = certificate.GetECDsaPublicKey();
        if (certificateKey is null)
        {
            return false;
        }

        var expected = certificateKey.ExportParameters(includePrivateParameters: false);
        var actual = key.ExportParameters(includePrivateParameters: false);
        return SameCurve(expected.Curve, actual.Curve) &&
            expected.Q.X.AsSpan().SequenceEqual(actual.Q.X) && expected.Q.Y.AsSpan().SequenceEqual(actual.Q.Y);
    }

    // Named curves may carry only a friendly name or only an OID value depending on where they came from.
    private static bool SameCurve(ECCurve expected, ECCurve actual) =>
        expected.Oid.Value is { } value && actual.Oid.Value is { } other
            ? value == other
            : string.Equals(expected.Oid.FriendlyName, actual.Oid.FriendlyName, StringComparison.OrdinalIgnoreCase);
}
