using System.Text;
using MyProxy.Protocol.Responses;
using static MyProxy.Protocol.Tests.Segments;

namespace MyProxy.Protocol.Tests.Responses;

public sealed class TrustRootParsingTests
{
    private const string Header = "VERSION=MYPROXYv2\nRESPONSE=0\n";

    [Test]
    public void TrustRoots_ListedFiles_AreDecodedInOrder()
    {
        var files = Decode(Header + "TRUSTED_CERTS=1a2b3c4d.0,1a2b3c4d.signing_policy\n" +
            $"FILEDATA_1a2b3c4d.0={B64("-----BEGIN CERTIFICATE-----\n")}\nFILEDATA_1a2b3c4d.signing_policy={B64("access_id_CA X509")}\n\0").TrustRoots!;

        Assert.That(files.Select(f => f.FileName), Is.EqualTo(new[] { "1a2b3c4d.0", "1a2b3c4d.signing_policy" }));
        Assert.That(Encoding.ASCII.GetString(files[0].Contents.Span), Is.EqualTo("-----BEGIN CERTIFICATE-----\n"));
        Assert.That(Encoding.ASCII.GetString(files[1].Contents.Span), Is.EqualTo("access_id_CA X509"));
    }

    [Test]
    public void TrustRoots_BinaryContents_AreExact()
    {
        byte[] contents = [0, 1, 2, 0xff, 0x0a, 0x3d];

        var files = Decode(Header + $"TRUSTED_CERTS=a.r0\nFILEDATA_a.r0={Convert.ToBase64String(contents)}\n\0").TrustRoots!;

        Assert.That(files[0].Contents.ToArray(), Is.EqualTo(contents));
    }

    [Test]
    public void TrustRoots_UnsafeName_IsExposedVerbatim()
    {
        var files = Decode(Header + $"TRUSTED_CERTS=../evil\nFILEDATA_../evil={B64("x")}\n\0").TrustRoots!;

        Assert.That(files[0].FileName, Is.EqualTo("../evil"));
    }

    [Test]
    public void TrustRoots_Absent_IsNull()
    {
        Assert.That(Decode(Header + "\0").TrustRoots, Is.Null);
    }

    [Test]
    public void TrustRoots_EmptyList_IsEmpty()
    {
        Assert.That(Decode(Header + "TRUSTED_CERTS=\n\0").TrustRoots, Is.Empty);
    }

    [Test]
    public void TrustRoots_UnlistedFileData_IsIgnored()
    {
        var files = Decode(Header + $"TRUSTED_CERTS=a.0\nFILEDATA_a.0={B64("a")}\nFILEDATA_b.0={B64("b")}\n\0").TrustRoots!;

        Assert.That(files, Has.Count.EqualTo(1));
    }

    [Test]
    public void TrustRoots_LargeBundleSplitIntoSmallSegments_IsDecoded()
    {
        var names = Enumerable.Range(0, 200).Select(i => $"{i:x8}.0").ToArray();
        var data = string.Concat(names.Select(n => $"FILEDATA_{n}={B64(new string('c', 900) + n)}\n"));
        var buffer = Chunked(Bytes(Header + "TRUSTED_CERTS=" + string.Join(",", names) + "\n" + data + "\0"), 13);

        MyProxyResponseDecoder.Default.TryDecode(ref buffer, out var response);

        Assert.That(response!.TrustRoots, Has.Count.EqualTo(200));
        Assert.That(Encoding.ASCII.GetString(response.TrustRoots![199].Contents.Span), Does.EndWith("000000c7.0"));
    }

    [Test]
    public void TrustRoots_BadBase64_IsRejectedNamingTheFile()
    {
        var exception = Assert.Throws<MyProxyProtocolException>(() => Decode(Header + "TRUSTED_CERTS=a.0\nFILEDATA_a.0=not*base64\n\0"));

        Assert.That(exception!.Message, Does.Contain("a.0"));
    }

    [TestCase("TRUSTED_CERTS=,a.0\nFILEDATA_a.0=YQ==\n")]
    [TestCase("TRUSTED_CERTS=a.0,\nFILEDATA_a.0=YQ==\n")]
    [TestCase("TRUSTED_CERTS=a.0\n")]
    [TestCase("TRUSTED_CERTS=a.0,a.0\nFILEDATA_a.0=YQ==\n")]
    [TestCase("TRUSTED_CERTS=a.0\nFILEDATA_a.0=YQ==\nFILEDATA_a.0=YQ==\n")]
    [TestCase("TRUSTED_CERTS=a.0\nTRUSTED_CERTS=a.0\nFILEDATA_a.0=YQ==\n")]
    public void TrustRoots_InconsistentPayload_IsRejected(string lines)
    {
        Assert.Throws<MyProxyProtocolException>(() => Decode(Header + lines + "\0"));
    }

    [Test]
    public void TrustRoots_MoreFilesThanTheLimit_AreRejected()
    {
        var decoder = new MyProxyResponseDecoder(new ProtocolLimits { MaxTrustRootFiles = 1 });

        var exception = Assert.Throws<MyProxyProtocolException>(() =>
            decoder.Decode(Bytes(Header + "TRUSTED_CERTS=a.0,b.0\nFILEDATA_a.0=YQ==\nFILEDATA_b.0=Yg==\n\0")));

        Assert.That(exception!.Message, Does.Contain("MaxTrustRootFiles"));
    }

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static MyProxyResponse Decode(string message) => MyProxyResponseDecoder.Default.Decode(Bytes(message));
}
