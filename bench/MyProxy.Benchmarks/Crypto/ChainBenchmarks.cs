using System.Security.Cryptography.X509Certificates;
using BenchmarkDotNet.Attributes;
using MyProxy.Benchmarks.Fixtures;
using MyProxy.Crypto.Proxies;
using MyProxy.Crypto.Summary;
using MyProxy.Crypto.Validation;

namespace MyProxy.Benchmarks.Crypto;

/// <summary>What a logon does with the chain it received: load it, classify the proxy, validate it against the CA.</summary>
public class ChainBenchmarks : BackendBenchmarks
{
    private TestPki _pki = null!;
    private byte[][] _der = [];
    private ProxyChainValidator _validator = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pki = TestPki.Create(Crypto);
        _der = [.. _pki.Chain.Select(c => c.RawData)];
        _validator = new ProxyChainValidator(Crypto, CertificateAuthorityDirectory.FromCertificates([_pki.Authority]));
    }

    [GlobalCleanup]
    public void Cleanup() => _pki.Dispose();

    [Benchmark]
    public int ParseChain()
    {
        var total = 0;
        foreach (var der in _der)
        {
            using var certificate = X509CertificateLoader.LoadCertificate(der);
            total += ProxyCertificateClassifier.Classify(certificate).IsProxy ? 1 : 0;
        }

        return total;
    }

    [Benchmark]
    public int ValidateProxyChain() => _validator.Validate(_pki.Chain).Failures.Count;

    [Benchmark]
    public CredentialSummary Summarise() => CredentialSummary.Create(_pki.Proxy.Chain, DateTimeOffset.UtcNow);
}
