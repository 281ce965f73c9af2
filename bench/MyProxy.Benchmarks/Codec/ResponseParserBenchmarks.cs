using System.Buffers;
using System.Text;
using BenchmarkDotNet.Attributes;
using MyProxy.Protocol.Responses;

namespace MyProxy.Benchmarks.Codec;

/// <summary>Parsing the responses a logon reads: the plain OK, a refusal, and an OK carrying a trust root.</summary>
[MemoryDiagnoser]
public class ResponseParserBenchmarks
{
    private static readonly byte[] Ok = Encoding.ASCII.GetBytes("VERSION=MYPROXYv2\nRESPONSE=0\n\0");
    private static readonly byte[] Refusal = Encoding.ASCII.GetBytes(
        "VERSION=MYPROXYv2\nRESPONSE=1\nERROR=invalid pass phrase\nERROR=PAM authentication failed: Authentication failure\n\0");

    private readonly byte[] _withTrustRoot = Encoding.ASCII.GetBytes(
        "VERSION=MYPROXYv2\nRESPONSE=0\nTRUSTED_CERTS=ab12cd34.0\nFILEDATA_ab12cd34.0=" + new string('A', 1400) + "\n\0");

    private readonly MyProxyResponseDecoder _decoder = MyProxyResponseDecoder.Default;

    [Benchmark(Baseline = true)]
    public MyProxyResponse ParseOk() => Decode(Ok);

    [Benchmark]
    public MyProxyResponse ParseRefusal() => Decode(Refusal);

    [Benchmark]
    public MyProxyResponse ParseTrustRoot() => Decode(_withTrustRoot);

    [Benchmark]
    public MyProxyResponse DecodeOkFromSequence()
    {
        var buffer = new ReadOnlySequence<byte>(Ok);
        return _decoder.TryDecode(ref buffer, out var response) ? response : throw new InvalidOperationException("incomplete");
    }

    private MyProxyResponse Decode(byte[] message) =>
        _decoder.TryDecode(message, out var response, out _) ? response : throw new InvalidOperationException("incomplete");
}
