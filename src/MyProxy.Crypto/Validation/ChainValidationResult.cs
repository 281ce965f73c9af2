using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Crypto.Validation;

/// <summary>The verdict on a chain and, when it is valid, what it is.</summary>
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
