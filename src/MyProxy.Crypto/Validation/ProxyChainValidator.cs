using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Validation;

/// <summary>
/// Validates grid credential chains (leaf first): the chain is split at the end-entity certificate; the part
/// from it to a trusted CA is checked as RFC 5280 prescribes (signatures, validity, CA flags and key usage, CA
/// path length, names, CRLs), the proxies by RFC 3820 §4 and the Globus rules (no mixed formats, limited stays
/// limited, path length, subject = issuer + CN, critical ProxyCertInfo, no unknown critical extensions).
/// </summary>
/// <remarks>
/// Revocation is not checked for proxies (RFC 3820 defines none). .NET's <see cref="X509Chain"/> is not used: it
/// cannot build chains that contain proxies on Linux. Thread-safe; signatures are checked by the given provider.
/// </remarks>
public sealed class ProxyChainValidator : ICertificateChainValidator
{
    private readonly ICryptoProvider _crypto;
    private readonly CertificateAuthorityDirectory _trust;
    private readonly ProxyValidationOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates a validator.</summary>
    /// <param name="crypto">The backend that verifies signatures.</param>
    /// <param name="trustAnchors">The trusted CAs and their CRLs.</param>
    /// <param name="options">What is accepted beyond the fixed rules; <see cref="ProxyValidationOptions.Default"/> when null.</param>
    /// <param name="time">The clock giving the validation time; the system clock when null.</param>
    public ProxyChainValidator(ICryptoProvider crypto, CertificateAuthorityDirectory trustAnchors, ProxyValidationOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(crypto);
        ArgumentNullException.ThrowIfNull(trustAnchors);
        _crypto = crypto;
        _trust = trustAnchors;
        _options = options ?? ProxyValidationOptions.Default;
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public ChainValidationResult Validate(IReadOnlyList<X509Certificate2> chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        try
        {
            return ValidateCore(chain);
        }
        catch (Exception exception) when (exception is CryptographicException or AsnContentException)
        {
            // A certificate whose extensions do not decode: report it, as the interface promises, instead of throwing.
            var failures = new FailureList();
            failures.Add(-1, null, ChainValidationRule.MalformedChain, "a certificate in the chain cannot be decoded: " + exception.Message);
            return new ChainValidationResult { Failures = failures.Items };
        }
    }

    private ChainValidationResult ValidateCore(IReadOnlyList<X509Certificate2> chain)
    {
        var failures = new FailureList();
        if (chain.Count == 0)
        {
            failures.Add(-1, null, ChainValidationRule.MalformedChain, "the chain is empty");
            return new ChainValidationResult { Failures = failures.Items };
        }

        var caFlags = new bool[chain.Count];
        var kinds = chain.Select((certificate, k) => PathClassification.Classify(certificate, out caFlags[k])).ToList();
        var endEntity = ProxyChainFacts.EndEntityIndex(kinds);
        if (endEntity < 0)
        {
            failures.Add(-1, null, ChainValidationRule.MalformedChain, "the chain holds only proxies; add the end-entity certificate that issued them");
            return new ChainValidationResult { Failures = failures.Items, Format = kinds[0].Format };
        }

        var now = _time.GetUtcNow();
        var (anchor, basePath) = new BasePathValidator(_crypto, _trust, _options, now, failures).Validate(chain, kinds, endEntity);
        var proxies = new ProxyPathChecks(_crypto, _options, now, failures);
        for (var i = endEntity - 1; i >= 0; i--)
        {
            proxies.CheckPair(i, chain[i], kinds[i], caFlags[i], chain[i + 1], kinds[i + 1]);
        }

        CheckNoProxyAboveEndEntity(chain, kinds, endEntity, failures);
        proxies.CheckPathLength(chain, kinds, endEntity);
        return new ChainValidationResult
        {
            Failures = failures.Items,
            TrustAnchor = anchor,
            EndEntityCertificate = chain[endEntity],
            Format = kinds[0].Format,
            IsLimited = ProxyChainFacts.IsLimited(kinds, endEntity),
            Identity = FailureList.Name(chain[ProxyChainFacts.IdentityIndex(kinds, endEntity)].SubjectName),
            RemainingPathLength = ProxyChainFacts.RemainingPathLength(kinds, endEntity),
            NotAfter = chain.Take(endEntity).Concat(basePath).Min(CertificateChecks.NotAfter),
        };
    }

    /// <summary>Validates a credential's chain and checks that its private key belongs to the first certificate.</summary>
    /// <param name="credential">The chain and key.</param>
    /// <returns>The verdict; a key that does not match adds a <see cref="ChainValidationRule.KeyMismatch"/> failure.</returns>
    public ChainValidationResult ValidateCredential(X509Credential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var result = Validate(credential.Chain);
        if (KeyMatchesCertificate(credential.Certificate, credential.PrivateKey))
        {
            return result;
        }

        var failures = new FailureList();
        failures.Add(0, credential.Certificate, ChainValidationRule.KeyMismatch, "the private key does not belong to this certificate; the credential file is inconsistent");
        return result with { Failures = [.. failures.Items, .. result.Failures] };
    }

    /// <summary>Whether <paramref name="key"/> (a private or public RSA/ECDSA key) is the key <paramref name="certificate"/> certifies.</summary>
    /// <param name="certificate">The certificate.</param>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when the public halves are equal.</returns>
    public static bool KeyMatchesCertificate(X509Certificate2 certificate, AsymmetricAlgorithm key)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            return key switch
            {
                RSA rsa => RsaMatches(certificate, rsa),
                ECDsa ecdsa => EcdsaMatches(certificate, ecdsa),
                _ => false,
            };
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static bool RsaMatches(X509Certificate2 certificate, RSA key)
    {
        using var certified = certificate.PublicKey.GetRSAPublicKey();
        if (certified is null)
        {
            return false;
        }

        var left = certified.ExportParameters(includePrivateParameters: false);
        var right = key.ExportParameters(includePrivateParameters: false);
        return left.Modulus.AsSpan().SequenceEqual(right.Modulus) && left.Exponent.AsSpan().SequenceEqual(right.Exponent);
    }

    private static bool EcdsaMatches(X509Certificate2 certificate, ECDsa key)
    {
        using var certified = certificate.PublicKey.GetECDsaPublicKey();
        if (certified is null)
        {
            return false;
        }

        var left = certified.ExportParameters(includePrivateParameters: false);
        var right = key.ExportParameters(includePrivateParameters: false);
        return left.Q.X.AsSpan().SequenceEqual(right.Q.X) && left.Q.Y.AsSpan().SequenceEqual(right.Q.Y)
            && left.Curve.Oid.Value == right.Curve.Oid.Value;
    }

    private static void CheckNoProxyAboveEndEntity(IReadOnlyList<X509Certificate2> chain, List<CertificateClassification> kinds, int endEntity, FailureList failures)
    {
        for (var k = endEntity + 1; k < chain.Count; k++)
        {
            if (kinds[k].IsProxy && DistinguishedNames.AreEquivalent(chain[k].SubjectName, chain[endEntity].IssuerName))
            {
                failures.Add(endEntity, chain[endEntity], ChainValidationRule.EndEntityInProxyPath, $"certificate {endEntity} is not a proxy but was issued by proxy {k}");
            }
        }
    }
}
