using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Tests.ValidationPki;
using MyProxy.Crypto.Validation;

namespace MyProxy.Crypto.Tests.Validation;

/// <summary>Shared set-up of the validator contract tests: a root CA, a user under it, a validator per backend.</summary>
public abstract class ValidatorFixture(ICryptoProvider crypto)
{
    protected ICryptoProvider Crypto { get; } = crypto;

    protected Issued Ca { get; } = Pki.RootCa();

    protected Issued User => Pki.EndEntity(Ca);

    protected ChainValidationResult Validate(IReadOnlyList<X509Certificate2> chain, ProxyValidationOptions? options = null, IEnumerable<byte[]>? crls = null, params Issued[] trusted)
    {
        var anchors = trusted.Length == 0 ? [Ca.Certificate] : trusted.Select(issued => issued.Certificate);
        var directory = CertificateAuthorityDirectory.FromCertificates(anchors, crls);
        return new ProxyChainValidator(Crypto, directory, options, Pki.Clock).Validate(chain);
    }

    protected static IEnumerable<ChainValidationRule> Rules(ChainValidationResult result) => result.Failures.Select(failure => failure.Rule);
}
