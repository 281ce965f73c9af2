using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Crypto.Validation;

/// <summary>
/// Validates a certificate chain (leaf first, proxies allowed) the way a relying service must: the
/// end-entity part against trusted CAs (RFC 5280, CRLs), the proxy part by RFC 3820 and the Globus rules.
/// </summary>
/// <remarks>Used for credentials before they are written or handed back, and for TLS server certificates.</remarks>
public interface ICertificateChainValidator
{
    /// <summary>Validates <paramref name="chain"/>; never throws for a bad chain, it reports it.</summary>
    /// <param name="chain">Leaf first. Certificates unrelated to the path are ignored.</param>
    /// <returns>The verdict, every rule that failed, and what the chain is.</returns>
    ChainValidationResult Validate(IReadOnlyList<X509Certificate2> chain);
}
