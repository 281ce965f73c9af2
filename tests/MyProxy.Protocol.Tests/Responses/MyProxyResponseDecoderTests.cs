using System.Buffers;
using MyProxy.Protocol.Responses;
using static MyProxy.Protocol.Tests.Segments;

namespace MyProxy.Protocol.Tests.Responses;

public sealed class MyProxyResponseDecoderTests
{
    // A.9: the 30-byte OK response.
    private static readonly byte[] GoldenOk = Convert.FromHexString("56455253494f4e3d4d5950524f585976320a524553504f4e53453d300a00");

    private MyProxyResponseDecoder _decoder = null!;

    [SetUp]
    public void CreateDecoder() => _decoder = new MyProxyResponseDecoder();

    [Test]
    public void Decode_GoldenOk_IsOkWithoutErrors()
    {
        var response = _decoder.Decode(GoldenOk);

        Assert.That(response.Code, Is.EqualTo(MyProxyResponseCode.Ok));
        Assert.That(response.Errors, Is.Empty);
        Assert.That(response.Fields, Has.Count.EqualTo(2));
        Assert.That(response.TrustRoots, Is.Null);
    }

    [Test]
    public void TryDecode_LeadingNuls_AreSkipped()
    {
        var buffer = Of([0, 0, 0], GoldenOk);

        var decoded = _decoder.TryDecode(ref buffer, out var response);

        Assert.That(decoded, Is.True);
        Assert.That(response!.Code, Is.EqualTo(MyProxyResponseCode.Ok));
        Assert.That(buffer.Length, Is.Zero);
    }

    [Test]
    public void TryDecode_OnlyNuls_NeedsMoreAndConsumesThem()
    {
        var buffer = Of([0, 0]);

        var decoded = _decoder.TryDecode(ref buffer, out var response);

        Assert.That(decoded, Is.False);
        Assert.That(response, Is.Null);
        Assert.That(buffer.Length, Is.Zero);
    }

    [Test]
    public void TryDecode_IncompleteMessage_NeedsMoreAndKeepsTheBytes()
    {
        var buffer = Of(GoldenOk[..^1]);

        var decoded = _decoder.TryDecode(ref buffer, out _);

        Assert.That(decoded, Is.False);
        Assert.That(buffer.ToArray(), Is.EqualTo(GoldenOk[..^1]));
    }

    [Test]
    public void TryDecode_FedOneByteAtATime_DecodesOnlyWhenTheNulArrives()
    {
        var stream = (byte[])[0, .. GoldenOk];
        for (var available = 1; available < stream.Length; available++)
        {
            var partial = OneBytePerSegment(stream[..available]);

            Assert.That(_decoder.TryDecode(ref partial, out _), Is.False, $"after {available} bytes");
        }

        var whole = OneBytePerSegment(stream);

        Assert.That(_decoder.TryDecode(ref whole, out var response), Is.True);
        Assert.That(response!.Code, Is.EqualTo(MyProxyResponseCode.Ok));
    }

    [Test]
    public void TryDecode_ErrorSpreadOverManySegments_KeepsEveryLine()
    {
        var buffer = OneBytePerSegment(Bytes("VERSION=MYPROXYv2\nRESPONSE=1\nERROR=Bad password\nERROR=invalid credential passphrase\n\0"));

        _decoder.TryDecode(ref buffer, out var response);

        Assert.That(response!.Errors, Is.EqualTo(new[] { "Bad password", "invalid credential passphrase" }));
    }

    [Test]
    public void TryDecode_TwoMessagesInOneBuffer_DecodesThemOneAtATime()
    {
        var buffer = Of([.. GoldenOk, .. Bytes("VERSION=MYPROXYv2\nRESPONSE=1\nERROR=second\n\0")]);

        _decoder.TryDecode(ref buffer, out var first);
        _decoder.TryDecode(ref buffer, out var second);

        Assert.That(first!.Code, Is.EqualTo(MyProxyResponseCode.Ok));
        Assert.That(second!.Errors, Is.EqualTo(new[] { "second" }));
        Assert.That(buffer.Length, Is.Zero);
    }

    [Test]
    public void TryDecode_BinaryFrameAfterMessage_IsLeftUntouched()
    {
        byte[] frame = [0x03, 0x30, 0x82, 0x03, 0x7f, 0x00, 0x01];
        var buffer = Chunked([.. GoldenOk, .. frame], 7);

        _decoder.TryDecode(ref buffer, out _);

        Assert.That(buffer.ToArray(), Is.EqualTo(frame));
    }

    [Test]
    public void Decode_UnknownKeys_AreKeptAndIgnored()
    {
        var response = _decoder.Decode(Bytes("VERSION=MYPROXYv2\nRESPONSE=0\nFUTURE_FEATURE=x=y\nRESPONSE_STR=hello\n\0"));

        Assert.That(response.Code, Is.EqualTo(MyProxyResponseCode.Ok));
        Assert.That(response.GetValue("FUTURE_FEATURE"), Is.EqualTo("x=y"));
        Assert.That(response.GetValue("RESPONSE_STR"), Is.EqualTo("hello"));
    }

    [Test]
    public void Decode_ErrorWithoutErrorLines_IsAllowed()
    {
        var response = _decoder.Decode(Bytes("VERSION=MYPROXYv2\nRESPONSE=1\n\0"));

        Assert.That(response.IsError, Is.True);
        Assert.That(response.Errors, Is.Empty);
    }

    [Test]
    public void ThrowIfError_ErrorResponse_ThrowsServerExceptionWithAllLines()
    {
        var response = _decoder.Decode(Bytes("VERSION=MYPROXYv2\nRESPONSE=1\nERROR=Credentials are already stored for user alice\nERROR=so you may not overwrite them.\n\0"));

        var exception = Assert.Throws<MyProxyServerException>(response.ThrowIfError);

        Assert.That(exception!.ServerErrors, Is.EqualTo(new[] { "Credentials are already stored for user alice", "so you may not overwrite them." }));
    }

    [Test]
    public void ThrowIfError_OkResponse_DoesNotThrow()
    {
        var response = _decoder.Decode(GoldenOk);

        Assert.DoesNotThrow(response.ThrowIfError);
    }

    [Test]
    public void Decode_AuthorizationWithoutMethods_IsRejected()
    {
        Assert.Throws<MyProxyProtocolException>(() => _decoder.Decode(Bytes("VERSION=MYPROXYv2\nRESPONSE=2\n\0")));
    }

    [TestCase("VERSION=MYPROXYv1\nRESPONSE=0\n\0")]
    [TestCase("VERSION=MYPROXYv2 \nRESPONSE=0\n\0")]
    [TestCase("RESPONSE=0\n\0")]
    [TestCase("VERSION=MYPROXYv2\n\0")]
    [TestCase("VERSION=MYPROXYv2\nRESPONSE=3\n\0")]
    [TestCase("VERSION=MYPROXYv2\nRESPONSE=-1\n\0")]
    [TestCase("VERSION=MYPROXYv2\nRESPONSE=01\n\0")]
    [TestCase("VERSION=MYPROXYv2\nRESPONSE=\n\0")]
    [TestCase("VERSION=MYPROXYv2\nRESPONSE=0\nRESPONSE=1\n\0")]
    [TestCase("VERSION=MYPROXYv2\nVERSION=MYPROXYv2\nRESPONSE=0\n\0")]
    [TestCase("VERSION=MYPROXYv2\nRESPONSE=0\nno equals sign\n\0")]
    [TestCase("VERSION=MYPROXYv2\nRESPONSE=0\n=empty key\n\0")]
    public void Decode_MalformedEnvelope_IsRejected(string message)
    {
        Assert.Throws<MyProxyProtocolException>(() => _decoder.Decode(Bytes(message)));
    }

    [Test]
    public void Decode_BadVersion_NamesTheVersion()
    {
        var exception = Assert.Throws<MyProxyProtocolException>(() => _decoder.Decode(Bytes("VERSION=MYPROXYv3\nRESPONSE=0\n\0")));

        Assert.That(exception!.Message, Does.Contain("MYPROXYv3").And.Contain("MYPROXYv2"));
    }

    [Test]
    public void Decode_InvalidUtf8_IsRejected()
    {
        byte[] message = [.. Bytes("VERSION=MYPROXYv2\nRESPONSE=1\nERROR="), 0xff, 0xfe, 0x0a, 0x00];

        Assert.Throws<MyProxyProtocolException>(() => _decoder.Decode(message));
    }

    [Test]
    public void Decode_Utf8Error_IsDecoded()
    {
        var response = _decoder.Decode(Bytes("VERSION=MYPROXYv2\nRESPONSE=1\nERROR=Jörg is not authorized\n\0"));

        Assert.That(response.Errors, Is.EqualTo(new[] { "Jörg is not authorized" }));
    }

    [Test]
    public void Decode_CarriageReturn_StaysInTheValue()
    {
        var response = _decoder.Decode(Bytes("VERSION=MYPROXYv2\nRESPONSE=1\nERROR=text\r\n\0"));

        Assert.That(response.Errors, Is.EqualTo(new[] { "text\r" }));
    }

    [Test]
    public void Decode_FieldsOutOfOrderWithoutFinalNewline_AreAccepted()
    {
        var response = _decoder.Decode(Bytes("RESPONSE=2\nAUTHORIZATION_DATA=SASL:x\nVERSION=MYPROXYv2\0"));

        Assert.That(response.Code, Is.EqualTo(MyProxyResponseCode.AuthorizationRequired));
    }

    [Test]
    public void TryDecode_UnterminatedMessageThatCannotFit_IsRejected()
    {
        var decoder = new MyProxyResponseDecoder(new ProtocolLimits { MaxMessageBytes = 29 });
        var buffer = Of(GoldenOk[..^1]);

        var exception = Assert.Throws<MyProxyProtocolException>(() => decoder.TryDecode(ref buffer, out _));

        Assert.That(exception!.Message, Does.Contain("MaxMessageBytes"));
    }

    [Test]
    public void TryDecode_MessageExactlyAtLimit_IsDecoded()
    {
        var decoder = new MyProxyResponseDecoder(new ProtocolLimits { MaxMessageBytes = 30 });
        var buffer = Of(GoldenOk);

        Assert.That(decoder.TryDecode(ref buffer, out _), Is.True);
    }

    [Test]
    public void TryDecode_CompleteMessageOverLimit_IsRejected()
    {
        var decoder = new MyProxyResponseDecoder(new ProtocolLimits { MaxMessageBytes = 29 });
        var buffer = Of(GoldenOk);

        Assert.Throws<MyProxyProtocolException>(() => decoder.TryDecode(ref buffer, out _));
    }

    [Test]
    public void TryDecode_LeadingNuls_DoNotCountTowardsTheLimit()
    {
        var decoder = new MyProxyResponseDecoder(new ProtocolLimits { MaxMessageBytes = 30 });
        var buffer = Of(new byte[100], GoldenOk);

        Assert.That(decoder.TryDecode(ref buffer, out _), Is.True);
    }

    [Test]
    public void TryDecodeSpan_MessageThenData_ReportsBytesConsumed()
    {
        byte[] stream = [0, .. GoldenOk, 0x03];

        var decoded = _decoder.TryDecode(stream, out var response, out var consumed);

        Assert.That(decoded, Is.True);
        Assert.That(response, Is.Not.Null);
        Assert.That(consumed, Is.EqualTo(31));
    }

    [Test]
    public void TryDecodeSpan_Incomplete_ConsumesOnlyLeadingNuls()
    {
        byte[] stream = [0, 0, .. GoldenOk[..10]];

        var decoded = _decoder.TryDecode(stream, out _, out var consumed);

        Assert.That(decoded, Is.False);
        Assert.That(consumed, Is.EqualTo(2));
    }

    [Test]
    public void Decode_TrailingBytes_AreRejected()
    {
        Assert.Throws<MyProxyProtocolException>(() => _decoder.Decode([.. GoldenOk, 0x56]));
    }

    [Test]
    public void Decode_MissingTerminator_IsRejected()
    {
        Assert.Throws<MyProxyProtocolException>(() => _decoder.Decode(GoldenOk[..^1]));
    }

    [Test]
    public void GetValues_RepeatedKey_ReturnsAllInOrder()
    {
        var response = _decoder.Decode(Bytes("VERSION=MYPROXYv2\nRESPONSE=0\nX=1\nX=2\n\0"));

        Assert.That(response.GetValues("X"), Is.EqualTo(new[] { "1", "2" }));
        Assert.That(response.GetValue("X"), Is.EqualTo("1"));
        Assert.That(response.GetValue("Y"), Is.Null);
    }

    [Test]
    public void ToString_ShowsCodeAndErrors()
    {
        var response = _decoder.Decode(Bytes("VERSION=MYPROXYv2\nRESPONSE=1\nERROR=denied\n\0"));

        Assert.That(response.ToString(), Does.Contain("Error").And.Contain("denied"));
    }

    [Test]
    public void Constructor_ZeroMessageLimit_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new MyProxyResponseDecoder(new ProtocolLimits { MaxMessageBytes = 0 }));
    }

    [Test]
    public void TryDecode_EmptyBuffer_NeedsMore()
    {
        var buffer = ReadOnlySequence<byte>.Empty;

        Assert.That(_decoder.TryDecode(ref buffer, out _), Is.False);
    }
}
