using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Validation;

namespace MyProxy.IntegrationTests.Transport;

/// <summary>
/// Test-only server-chain check with the BCL X509Chain against given roots (the server's certificate is not a
/// proxy, so the platform's chain engine is enough); stands in for the crypto layer's validator.
/// </summary>
internal sealed class TestChainValidator : ICertificateChainValidator
{
    private readonly X509Certificate2[] _roots;

    public TestChainValidator(params X509Certificate2[] roots)
    {
        _roots = roots;
    }

    public int Calls { get; private set; }

    /// <summary>The CA certificates (<c>*.0</c>) of a hash-named trust directory.</summary>
    public static TestChainValidator ForDirectory(string directory) =>
        new([.. Directory.EnumerateFiles(directory, "*.0").Select(path => X509CertificateLoader.LoadCertificateFromFile(path))]);

    public ChainValidationResult Validate(IReadOnlyList<X509Certificate2> chain)
    {
        Calls++;
        using var builder = new X509Chain();
        builder.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        builder.ChainPolicy.CustomTrustStore.AddRange(_roots);
        builder.ChainPolicy.ExtraStore.AddRange(chain.Skip(1).ToArray());
        builder.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (builder.Build(chain[0]))
        {
            return new ChainValidationResult { Failures = [], EndEntityCertificate = chain[0] };
        }

        var failures = builder.ChainStatus
            .Select(status => new ChainValidationFailure(0, chain[0].Subject, ChainValidationRule.MalformedChain, $"{status.Status}: {status.StatusInformation.Trim()}"))
            .ToList();
        return new ChainValidationResult { Failures = failures };
    }
}
