using System.Buffers;
using BenchmarkDotNet.Attributes;
using MyProxy.Benchmarks.Fixtures;
using MyProxy.Crypto;
using MyProxy.Protocol.Frames;

namespace MyProxy.Benchmarks.Codec;

/// <summary>The certificate-chain frame of a GET's answer (proxy + user certificate + final OK): encode and decode.</summary>
[MemoryDiagnoser]
public class CertificateChainFrameBenchmarks
{
    private ReadOnlyMemory<byte>[] _certificates = [];
    private byte[] _wire = [];
    private readonly CertificateChainDecoder _decoder = new();

    [GlobalSetup]
    public void Setup()
    {
        using var pki = TestPki.Create(CryptoProviders.For(CryptoBackend.System));
        _certificates = [.. pki.Chain.Select(c => (ReadOnlyMemory<byte>)c.RawData)];
        _wire = [.. CertificateChainFrame.Encode(_certificates), .. "VERSION=MYPROXYv2\nRESPONSE=0\n\0"u8];
    }

    [Benchmark]
    public byte[] Encode() => CertificateChainFrame.Encode(_certificates);

    [Benchmark]
    public CertificateChainFrame? Decode()
    {
        var buffer = new ReadOnlySequence<byte>(_wire);
        _decoder.Decode(ref buffer, out var frame);
        return frame;
    }
}
