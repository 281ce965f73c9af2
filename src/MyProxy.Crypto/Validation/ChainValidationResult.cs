using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Validation;

/// <summary>The verdict on a chain and, as far as it could be determined, what it is.</summary>
public sealed record ChainValidationResult
{
    /// <summary>Whether the chain satisfied every rule.</summary>
    public bool IsValid => Failures.Count == 0;

    /// <summary>Every rule the chain broke; empty when valid.</summary>
    public required IReadOnlyList<ChainValidationFailure> Failures { get; init; }

    /// <summary>The trusted CA the chain ends in, when one was found.</summary>
    public X509Certificate2? TrustAnchor { get; init; }

    /// <summary>The end-entity certificate (the first non-proxy), when one was found.</summary>
    public X509Certificate2? EndEntityCertificate { get; init; }

    /// <summary>The format of the leaf proxy; <see langword="null"/> when the leaf is not a proxy.</summary>
    public ProxyCertificateFormat? Format { get; init; }

    /// <summary>Whether any proxy in the chain is limited.</summary>
    public bool IsLimited { get; init; }

    /// <summary>
    /// The identity the chain speaks for (Globus rule): the subject of the first certificate from the leaf that is
    /// not an impersonation or limited proxy, in OpenSSL one-line form.
    /// </summary>
    public string? Identity { get; init; }

    /// <summary>How many more proxies the leaf may sign; <see langword="null"/> = unlimited (or not a proxy chain).</summary>
    public int? RemainingPathLength { get; init; }

    /// <summary>The earliest notAfter over the proxies, the end-entity certificate and its CAs up to the trust anchor.</summary>
    public DateTimeOffset? NotAfter { get; init; }

    /// <summary>Throws <see cref="MyProxyValidationException"/> naming the first failure, when the chain is invalid.</summary>
    /// <param name="what">What was validated, for the message (for example "the server's certificate").</param>
    /// <exception cref="MyProxyValidationException">The chain is invalid.</exception>
    public void ThrowIfInvalid(string what)
    {
        if (!IsValid)
        {
            throw new MyProxyValidationException($"{what} is not valid: {Failures[0]}", Failures);
        }
    }
}
