using MyProxy.Crypto;
using MyProxy.Crypto.Validation;

namespace MyProxy.Client.Strategies;

/// <summary>The default: the crypto layer's RFC 3820 + Globus <see cref="ProxyChainValidator"/> over the directory's CAs and CRLs.</summary>
public sealed class ProxyChainValidatorFactory : ICertificateChainValidatorFactory
{
    private readonly ICryptoProvider _crypto;
    private readonly TimeProvider _time;

    /// <summary>Creates the factory.</summary>
    /// <param name="crypto">Verifies signatures.</param>
    /// <param name="time">The clock for validity checks.</param>
    public ProxyChainValidatorFactory(ICryptoProvider crypto, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(crypto);
        ArgumentNullException.ThrowIfNull(time);
        _crypto = crypto;
        _time = time;
    }

    /// <inheritdoc/>
    public ICertificateChainValidator Create(string directory) =>
        new ProxyChainValidator(_crypto, CertificateAuthorityDirectory.Load(directory), null, _time);
}
