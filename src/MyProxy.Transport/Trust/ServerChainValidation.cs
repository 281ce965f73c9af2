using MyProxy.Crypto;
using MyProxy.Crypto.Validation;

namespace MyProxy.Transport.Trust;

/// <summary>
/// Builds the validator for a MyProxy server's chain from a trust directory: the crypto layer's
/// <see cref="ProxyChainValidator"/> over <see cref="CertificateAuthorityDirectory.Load"/>. A directory that is
/// missing or holds no CA certificate gives a validator that refuses every server with the C client's advice
/// (re-run with <c>-b</c>), so the refusal still names the server and nothing is trusted by accident.
/// </summary>
public static class ServerChainValidation
{
    /// <summary>The validator for <see cref="TransportOptions.ServerChainValidator"/>.</summary>
    /// <param name="directory">The trust directory, for example from <see cref="TrustRootDirectory.LocateForValidation"/>; <see langword="null"/> = none configured.</param>
    /// <param name="crypto">The backend that verifies signatures.</param>
    /// <param name="options">What the validator accepts; <see cref="ProxyValidationOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="time">The clock for validity checks; the system clock when <see langword="null"/>.</param>
    /// <returns>The validator; it reads the directory once, now.</returns>
    public static ICertificateChainValidator FromDirectory(
        string? directory, ICryptoProvider crypto, ProxyValidationOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(crypto);
        if (string.IsNullOrWhiteSpace(directory) || !Directory.Exists(directory))
        {
            return new NoTrustedAuthorities(directory);
        }

        var authorities = CertificateAuthorityDirectory.Load(directory);
        return authorities.Certificates.Count == 0
            ? new NoTrustedAuthorities(directory)
            : new ProxyChainValidator(crypto, authorities, options, time);
    }
}
