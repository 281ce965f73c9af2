using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Crypto.Certificates;

/// <summary>
/// Everything about a certificate to be issued, already decided: the backend builds exactly this and signs
/// it. Proxy rules (subject = issuer + CN, lifetime clamping, policy inheritance) are applied before a
/// template is made, once for both backends.
/// </summary>
/// <param name="Issuer">The issuer name; its DER is copied byte for byte.</param>
/// <param name="Subject">The subject name; its DER is copied byte for byte.</param>
/// <param name="SerialNumber">A positive serial number.</param>
/// <param name="NotBefore">Start of validity (UTC, whole seconds are kept).</param>
/// <param name="NotAfter">End of validity (UTC, whole seconds are kept).</param>
/// <param name="Extensions">The extensions, in order, with their criticality.</param>
/// <param name="SignatureHash">The digest of the signature: SHA-256, SHA-384 or SHA-512 (RSA PKCS#1 v1.5 or ECDSA).</param>
public sealed record CertificateTemplate(
    X500DistinguishedName Issuer,
    X500DistinguishedName Subject,
    BigInteger SerialNumber,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    IReadOnlyList<X509Extension> Extensions,
    HashAlgorithmName SignatureHash);
