using BenchmarkDotNet.Attributes;
using MyProxy.Crypto;

namespace MyProxy.Benchmarks.Crypto;

/// <summary>Benchmarks run once per crypto backend.</summary>
[MemoryDiagnoser]
public abstract class BackendBenchmarks
{
    [ParamsAllValues]
    public CryptoBackend Backend { get; set; }

    protected ICryptoProvider Crypto => CryptoProviders.For(Backend);
}
