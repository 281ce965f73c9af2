using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Credentials;

namespace MyProxy.Crypto.Proxies;

/// <summary>
/// Makes proxy certificates by the Globus rules, the same on every backend: a local proxy with a new key
/// (<see cref="CreateProxy"/>, like <c>grid-proxy-init</c>) or a delegated one for a peer's request
/// (<see cref="SignRequest"/>, like the MyProxy server), taking only the public key from the request.
/// </summary>
/// <remarks>
/// The issuer may not be a CA or a chain that mixes proxy formats; the new proxy keeps the issuer's format and
/// limited flag, respects the chain's path length, never outlives the chain, and copies the issuer's key usage
/// (minus nonRepudiation and keyCertSign) and extended key usage. Refusals are <see cref="MyProxyCryptoException"/>s.
/// </remarks>
public sealed class ProxyFactory
{
    private readonly ICryptoProvider _crypto;
    private readonly TimeProvider _time;

    /// <summary>Creates a factory.</summary>
    /// <param name="crypto">The backend that generates keys, draws serials and signs.</param>
    /// <param name="time">The clock for validity periods; the system clock by default.</param>
    public ProxyFactory(ICryptoProvider crypto, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(crypto);
        _crypto = crypto;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Makes a proxy with a new key (of <see cref="ProxyOptions.Key"/>), signed by <paramref name="issuer"/>.</summary>
    /// <param name="issuer">An end-entity or proxy credential.</param>
    /// <param name="options">What proxy to make.</param>
    /// <returns>The new credential: the proxy, then copies of the issuer's chain, with the new key.</returns>
    /// <exception cref="MyProxyCryptoException">The issuer may not sign such a proxy.</exception>
    public X509Credential CreateProxy(X509Credential issuer, ProxyOptions options)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Key.Algorithm == Keys.KeyAlgorithm.Rsa && options.Key.SizeInBits < options.MinimumRsaKeyBits)
        {
            throw WeakKey(options.Key.SizeInBits, options.MinimumRsaKeyBits);
        }

        var key = _crypto.GenerateKey(options.Key);
        try
        {
            var proxy = SignPublicKey(issuer, PublicKeyOf(key), options);
            return new X509Credential([proxy, .. CopyChain(issuer)], key);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>Signs a peer's PKCS#10 request as a proxy (delegation), after checking the request's self-signature.</summary>
    /// <param name="issuer">The delegating credential.</param>
    /// <param name="requestDer">The DER request; only its public key is used.</param>
    /// <param name="options">What proxy to grant; what the request asks for is not consulted.</param>
    /// <returns>The new proxy, then copies of the issuer's chain (leaf first).</returns>
    /// <exception cref="MyProxyCryptoException">A malformed or forged request, a weak key, or a proxy the issuer may not sign.</exception>
    public IReadOnlyList<X509Certificate2> SignRequest(X509Credential issuer, ReadOnlyMemory<byte> requestDer, ProxyOptions options)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(options);
        var request = _crypto.DecodeCertificateRequest(requestDer);
        var proxy = SignPublicKey(issuer, request.PublicKey, options);
        return [proxy, .. CopyChain(issuer)];
    }

    /// <summary>Issues a proxy certificate for <paramref name="publicKey"/>, signed by <paramref name="issuer"/>.</summary>
    /// <param name="issuer">An end-entity or proxy credential.</param>
    /// <param name="publicKey">The key to certify (RSA of at least <see cref="ProxyOptions.MinimumRsaKeyBits"/>, or EC P-256 and up).</param>
    /// <param name="options">What proxy to make.</param>
    /// <returns>The new proxy certificate.</returns>
    /// <exception cref="MyProxyCryptoException">A weak key, or a proxy the issuer may not sign.</exception>
    public X509Certificate2 SignPublicKey(X509Credential issuer, PublicKey publicKey, ProxyOptions options)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(publicKey);
        ArgumentNullException.ThrowIfNull(options);
        CheckHash(options.SignatureHash);
        CheckKey(publicKey, options.MinimumRsaKeyBits);
        var chain = IssuingChain.Analyse(issuer.Chain);
        var profile = ProxyProfile.Resolve(chain, options);
        var template = ProxyTemplateBuilder.Build(issuer.Certificate, chain, profile, options, RandomSerial(), _time.GetUtcNow());
        return _crypto.IssueCertificate(template, publicKey, issuer.PrivateKey);
    }

    private static void CheckHash(HashAlgorithmName hash)
    {
        if (hash != HashAlgorithmName.SHA256 && hash != HashAlgorithmName.SHA384 && hash != HashAlgorithmName.SHA512)
        {
            throw new MyProxyCryptoException($"Proxies are not signed with {hash.Name}, which relying parties refuse; use SHA256, SHA384 or SHA512.");
        }
    }

    private static void CheckKey(PublicKey publicKey, int minimumRsaBits)
    {
        using (var rsa = publicKey.GetRSAPublicKey())
        {
            if (rsa is not null)
            {
                if (rsa.KeySize < minimumRsaBits)
                {
                    throw WeakKey(rsa.KeySize, minimumRsaBits);
                }

                return;
            }
        }

        using var ecdsa = publicKey.GetECDsaPublicKey();
        if (ecdsa is null || ecdsa.KeySize < 256)
        {
            throw new MyProxyCryptoException($"The key to certify ({publicKey.Oid.FriendlyName ?? publicKey.Oid.Value}) is not RSA or ECDSA of P-256 or more; use such a key.");
        }
    }

    private static MyProxyCryptoException WeakKey(int bits, int minimum) =>
        new($"The RSA key has {bits} bits, fewer than the {minimum} required; use a key of at least {minimum} bits.");

    private static PublicKey PublicKeyOf(AsymmetricAlgorithm key) => key switch
    {
        RSA rsa => new PublicKey(rsa),
        ECDsa ecdsa => new PublicKey(ecdsa),
        _ => throw new MyProxyCryptoException($"The backend generated a {key.GetType().Name} key, which cannot be certified; use RSA or ECDSA."),
    };

    private static List<X509Certificate2> CopyChain(X509Credential issuer) =>
        issuer.Chain.Select(certificate => X509CertificateLoader.LoadCertificate(certificate.RawData)).ToList();

    // A 63-bit positive serial: the sign bit is cleared so the DER INTEGER stays at most 8 bytes.
    private BigInteger RandomSerial()
    {
        Span<byte> bytes = stackalloc byte[8];
        BigInteger serial;
        do
        {
            _crypto.FillRandom(bytes);
            bytes[0] &= 0x7F;
            serial = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        }
        while (serial.IsZero);

        return serial;
    }
}
