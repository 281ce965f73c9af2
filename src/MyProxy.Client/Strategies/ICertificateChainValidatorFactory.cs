using MyProxy.Crypto.Validation;

namespace MyProxy.Client.Strategies;

/// <summary>Makes the validator that checks server chains and returned credentials against a trust directory.</summary>
public interface ICertificateChainValidatorFactory
{
    /// <summary>A validator trusting the CAs in <paramref name="directory"/>, read now (so freshly installed roots count).</summary>
    /// <param name="directory">A hash-named CA directory.</param>
    /// <returns>The validator.</returns>
    ICertificateChainValidator Create(string directory);
}
