using System.Buffers;
using BenchmarkDotNet.Attributes;
using MyProxy.Protocol.Requests;

namespace MyProxy.Benchmarks.Codec;

/// <summary>Encoding the GET a logon sends (with trust roots and a VO), into a new array and into a reused writer.</summary>
[MemoryDiagnoser]
public class RequestEncoderBenchmarks
{
    private readonly MyProxyRequest _get = MyProxyRequest.Get("alice", "correct horse battery staple", 43200, credentialName: null, wantTrustRoots: true)
        with { VONames = ["dteam"] };

    private readonly ArrayBufferWriter<byte> _writer = new(1024);

    [Benchmark(Baseline = true)]
    public byte[] EncodeToArray() => MyProxyRequestEncoder.Encode(_get);

    [Benchmark]
    public int EncodeToWriter()
    {
        _writer.ResetWrittenCount();
        return MyProxyRequestEncoder.Encode(_get, _writer);
    }
}
