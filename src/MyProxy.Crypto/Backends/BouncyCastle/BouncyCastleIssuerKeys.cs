using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Security;

namespace MyProxy.Crypto.Backends.BouncyCastle;

/// <summary>
/// Issuer public keys converted to BouncyCastle once. Converting an RSA key makes BouncyCastle check that the modulus
/// is not prime (a Miller-Rabin test, tens of milliseconds for 2048 bits), and a host validating many chains
/// meets the same few CAs and users again and again. Public keys only: nothing secret is kept.
/// </summary>
internal static class BouncyCastleIssuerKeys
{
    // Bounded: a flood of distinct issuers empties the cache instead of growing it.
    private const int MaxKeys = 256;

    private static readonly ConcurrentDictionary<string, AsymmetricKeyParameter> Keys = new(StringComparer.Ordinal);

    public static AsymmetricKeyParameter For(PublicKey publicKey)
    {
        var spki = publicKey.ExportSubjectPublicKeyInfo();
        var id = Convert.ToBase64String(spki);
        if (Keys.TryGetValue(id, out var key))
        {
            return key;
        }

        key = PublicKeyFactory.CreateKey(spki);
        if (Keys.Count >= MaxKeys)
        {
            Keys.Clear();
        }

        Keys.TryAdd(id, key);
        return key;
    }
}
