using System.Buffers;
using System.Text;
using MyProxy.Protocol.Requests;

namespace MyProxy.Protocol.Tests.Requests;

public sealed class MyProxyRequestEncoderTests
{
    // A.9: GET, alice, secret123, 12 h — 80 bytes including the NUL.
    private static readonly byte[] GoldenGet = Convert.FromHexString(
        "56455253494f4e3d4d5950524f58597632" + "0a" + "434f4d4d414e443d30" + "0a" +
        "555345524e414d453d616c696365" + "0a" + "504153535048524153453d736563726574313233" + "0a" +
        "4c49464554494d453d3433323030" + "0a" + "00");

    [Test]
    public void Encode_GetFromReference_MatchesGoldenBytes()
    {
        var bytes = MyProxyRequestEncoder.Encode(MyProxyRequest.Get("alice", "secret123", 43200));

        Assert.That(bytes, Is.EqualTo(GoldenGet));
        Assert.That(bytes, Has.Length.EqualTo(80));
    }

    [Test]
    public void Encode_GetTrustRoots_MatchesGoldenText()
    {
        var bytes = MyProxyRequestEncoder.Encode(MyProxyRequest.GetTrustRoots());

        Assert.That(Text(bytes), Is.EqualTo("VERSION=MYPROXYv2\nCOMMAND=7\nUSERNAME=\nPASSPHRASE=\nLIFETIME=0\nTRUSTED_CERTS=1\n\0"));
    }

    [Test]
    public void Encode_GetWithNameAndTrustRoots_AddsCredNameThenTrustedCerts()
    {
        var bytes = MyProxyRequestEncoder.Encode(MyProxyRequest.Get("alice", "secret123", 3600, "job", wantTrustRoots: true));

        Assert.That(Text(bytes), Is.EqualTo(
            "VERSION=MYPROXYv2\nCOMMAND=0\nUSERNAME=alice\nPASSPHRASE=secret123\nLIFETIME=3600\nCRED_NAME=job\nTRUSTED_CERTS=1\n\0"));
    }

    [Test]
    public void Encode_GetWithVoms_AppendsVonameLinesThenVomsesLines()
    {
        var request = MyProxyRequest.Get("alice", "secret123", 3600) with
        {
            VONames = ["atlas", "atlas:/atlas/Role=pilot"],
            Vomses = ["\"atlas\" \"voms.example.org\" \"15000\" \"/DC=org/CN=voms\" \"atlas\""],
        };

        var text = Text(MyProxyRequestEncoder.Encode(request));

        Assert.That(text, Does.EndWith(
            "LIFETIME=3600\nVONAME=atlas\nVONAME=atlas:/atlas/Role=pilot\n" +
            "VOMSES=\"atlas\" \"voms.example.org\" \"15000\" \"/DC=org/CN=voms\" \"atlas\"\n\0"));
    }

    [Test]
    public void Encode_Put_MatchesCOrder()
    {
        var request = MyProxyRequest.Put("alice", "secret123", 43200, "job") with
        {
            Retrievers = "*",
            Renewers = "*/CN=condor",
            CredentialDescription = "batch jobs",
            TrustedRetrievers = "*/CN=portal",
        };

        var text = Text(MyProxyRequestEncoder.Encode(request));

        Assert.That(text, Is.EqualTo(
            "VERSION=MYPROXYv2\nCOMMAND=1\nUSERNAME=alice\nPASSPHRASE=secret123\nLIFETIME=43200\n" +
            "RETRIEVER=*\nRENEWER=*/CN=condor\nCRED_NAME=job\nCRED_DESC=batch jobs\nRETRIEVER_TRUSTED=*/CN=portal\n\0"));
    }

    [Test]
    public void Encode_Info_SendsDummyPassphraseAndZeroLifetime()
    {
        var text = Text(MyProxyRequestEncoder.Encode(MyProxyRequest.Info("alice")));

        Assert.That(text, Is.EqualTo("VERSION=MYPROXYv2\nCOMMAND=2\nUSERNAME=alice\nPASSPHRASE=DUMMY-PASSPHRASE\nLIFETIME=0\n\0"));
    }

    [Test]
    public void Encode_DestroyNamed_SendsCredName()
    {
        var text = Text(MyProxyRequestEncoder.Encode(MyProxyRequest.Destroy("alice", "web")));

        Assert.That(text, Is.EqualTo(
            "VERSION=MYPROXYv2\nCOMMAND=3\nUSERNAME=alice\nPASSPHRASE=DUMMY-PASSPHRASE\nLIFETIME=0\nCRED_NAME=web\n\0"));
    }

    [Test]
    public void Encode_ChangePassphrase_PutsNewPhraseBeforeLifetime()
    {
        var text = Text(MyProxyRequestEncoder.Encode(MyProxyRequest.ChangePassphrase("alice", "oldsecret", "newsecret")));

        Assert.That(text, Is.EqualTo(
            "VERSION=MYPROXYv2\nCOMMAND=4\nUSERNAME=alice\nPASSPHRASE=oldsecret\nNEW_PHRASE=newsecret\nLIFETIME=0\n\0"));
    }

    [Test]
    public void Encode_Store_SendsEmptyPassphraseAndKeyRetrieversBeforeTrustedRetrievers()
    {
        var request = MyProxyRequest.Store("alice", 43200) with
        {
            KeyRetrievers = "*/CN=host/portal",
            TrustedRetrievers = "*/CN=portal",
            CredentialDescription = "eec",
        };

        var text = Text(MyProxyRequestEncoder.Encode(request));

        Assert.That(text, Is.EqualTo(
            "VERSION=MYPROXYv2\nCOMMAND=5\nUSERNAME=alice\nPASSPHRASE=\nLIFETIME=43200\n" +
            "CRED_DESC=eec\nKEYRETRIEVERS=*/CN=host/portal\nRETRIEVER_TRUSTED=*/CN=portal\n\0"));
    }

    [Test]
    public void Encode_Retrieve_MatchesCOrder()
    {
        var text = Text(MyProxyRequestEncoder.Encode(MyProxyRequest.Retrieve("alice", "secret123", "eec", wantTrustRoots: true)));

        Assert.That(text, Is.EqualTo(
            "VERSION=MYPROXYv2\nCOMMAND=6\nUSERNAME=alice\nPASSPHRASE=secret123\nLIFETIME=0\nCRED_NAME=eec\nTRUSTED_CERTS=1\n\0"));
    }

    [Test]
    public void Encode_EmptyOptionalFields_AreLeftOut()
    {
        var request = MyProxyRequest.Get("alice", "secret123", 60) with { CredentialName = "", Retrievers = "" };

        var text = Text(MyProxyRequestEncoder.Encode(request));

        Assert.That(text, Does.Not.Contain("CRED_NAME").And.Not.Contain("RETRIEVER"));
    }

    [Test]
    public void Encode_NonAsciiDescription_IsUtf8()
    {
        var request = MyProxyRequest.Put("alice", "secret123", 60) with { CredentialDescription = "für Jörg" };

        var bytes = MyProxyRequestEncoder.Encode(request);

        Assert.That(Text(bytes), Does.Contain("CRED_DESC=für Jörg\n"));
        Assert.That(MyProxyRequestEncoder.GetEncodedLength(request), Is.EqualTo(bytes.Length));
    }

    [Test]
    public void Encode_BufferWriter_WritesSameBytesAndAdvances()
    {
        var writer = new ArrayBufferWriter<byte>();

        var written = MyProxyRequestEncoder.Encode(MyProxyRequest.Get("alice", "secret123", 43200), writer);

        Assert.That(written, Is.EqualTo(80));
        Assert.That(writer.WrittenSpan.ToArray(), Is.EqualTo(GoldenGet));
    }

    [Test]
    public void TryEncode_SpanLargeEnough_WritesGoldenBytes()
    {
        var buffer = new byte[100];

        var fits = MyProxyRequestEncoder.TryEncode(MyProxyRequest.Get("alice", "secret123", 43200), buffer, out var written);

        Assert.That(fits, Is.True);
        Assert.That(buffer.AsSpan(0, written).ToArray(), Is.EqualTo(GoldenGet));
    }

    [Test]
    public void TryEncode_SpanTooSmall_ReturnsFalseAndWritesNothing()
    {
        var buffer = new byte[79];

        var fits = MyProxyRequestEncoder.TryEncode(MyProxyRequest.Get("alice", "secret123", 43200), buffer, out var written);

        Assert.That(fits, Is.False);
        Assert.That(written, Is.Zero);
        Assert.That(buffer, Is.All.EqualTo((byte)0));
    }

    [Test]
    public void Encode_EveryCommand_EndsWithExactlyOneNul()
    {
        foreach (var request in AllCommands())
        {
            var bytes = MyProxyRequestEncoder.Encode(request);

            Assert.That(bytes[^1], Is.Zero, request.Command.ToString());
            Assert.That(bytes.Count(b => b == 0), Is.EqualTo(1), request.Command.ToString());
        }
    }

    [Test]
    public void Encode_EveryCommand_WritesItsWireNumber()
    {
        foreach (var request in AllCommands())
        {
            var text = Text(MyProxyRequestEncoder.Encode(request));

            Assert.That(text, Does.StartWith($"VERSION=MYPROXYv2\nCOMMAND={(int)request.Command}\n"));
        }
    }

    [Test]
    public void MyProxyCommand_WireValues_MatchTheCEnum()
    {
        int[] values = [.. Enum.GetValues<MyProxyCommand>().Select(c => (int)c)];

        Assert.That(values, Is.EqualTo(new[] { 0, 1, 2, 3, 4, 5, 6, 7 }));
        Assert.That((int)MyProxyCommand.GetTrustRoots, Is.EqualTo(7));
        Assert.That((int)MyProxyCommand.ChangePassword, Is.EqualTo(4));
    }

    internal static IEnumerable<MyProxyRequest> AllCommands() =>
    [
        MyProxyRequest.Get("alice", "secret123", 43200),
        MyProxyRequest.Put("alice", "secret123", 43200),
        MyProxyRequest.Info("alice"),
        MyProxyRequest.Destroy("alice"),
        MyProxyRequest.ChangePassphrase("alice", "secret123", "secret456"),
        MyProxyRequest.Store("alice", 43200),
        MyProxyRequest.Retrieve("alice", "secret123"),
        MyProxyRequest.GetTrustRoots(),
    ];

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
