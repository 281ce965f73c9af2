using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Requests;

namespace MyProxy.Benchmarks.Crypto;

/// <summary>The key and certificate request of a logon; the public key is exported so lazy generation is counted.</summary>
public class KeyGenerationBenchmarks : BackendBenchmarks
{
    private readonly CertificateRequestOptions _request = new();

    [Benchmark]
    public byte[] Rsa2048() => Generate(KeySpecification.Default);

    [Benchmark]
    public byte[] EcP256() => Generate(KeySpecification.EcP256);

    [Benchmark]
    public byte[] EcP256WithRequest()
    {
        using var key = Crypto.GenerateKey(KeySpecification.EcP256);
        return Crypto.CreateCertificateRequest(key, _request);
    }

    private byte[] Generate(KeySpecification specification)
    {
        using AsymmetricAlgorithm key = Crypto.GenerateKey(specification);
        return key.ExportSubjectPublicKeyInfo();
    }
}
