using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Tests.Proxies;

/// <summary>Encoding and decoding against the extension values grid-proxy-init writes (reference A.2).</summary>
public sealed class ProxyCertInfoTests
{
    private const string RfcInheritAll = "300C300A06082B06010505071501";
    private const string RfcIndependent = "300C300A06082B06010505071502";
    private const string RfcLimited = "300F300D060B2B06010401 9B50 01010109";
    private const string RfcPathLength2 = "300F020102300A06082B06010505071501";
    private const string DraftPathLength3 = "3011300A06082B06010505071501A103020103";

    public static IEnumerable<TestCaseData> GridProxyInitValues()
    {
        yield return new TestCaseData(null, ProxyObjectIdentifiers.InheritAll, ProxyCertificateFormat.Rfc3820, RfcInheritAll).SetArgDisplayNames("rfc");
        yield return new TestCaseData(null, ProxyObjectIdentifiers.Independent, ProxyCertificateFormat.Rfc3820, RfcIndependent).SetArgDisplayNames("rfc-independent");
        yield return new TestCaseData(null, ProxyObjectIdentifiers.LimitedProxy, ProxyCertificateFormat.Rfc3820, RfcLimited).SetArgDisplayNames("rfc-limited");
        yield return new TestCaseData(2, ProxyObjectIdentifiers.InheritAll, ProxyCertificateFormat.Rfc3820, RfcPathLength2).SetArgDisplayNames("rfc-path-length-2");
        yield return new TestCaseData(null, ProxyObjectIdentifiers.InheritAll, ProxyCertificateFormat.Draft, RfcInheritAll).SetArgDisplayNames("draft");
        yield return new TestCaseData(3, ProxyObjectIdentifiers.InheritAll, ProxyCertificateFormat.Draft, DraftPathLength3).SetArgDisplayNames("draft-path-length-3");
    }

    [TestCaseSource(nameof(GridProxyInitValues))]
    public void Encode_GridProxyInitOptions_WritesTheSameBytes(int? pathLength, string language, ProxyCertificateFormat format, string hex)
    {
        var bytes = new ProxyCertInfo(pathLength, language).Encode(format);

        Assert.That(bytes, Is.EqualTo(Hex(hex)));
    }

    [TestCaseSource(nameof(GridProxyInitValues))]
    public void TryDecode_GridProxyInitValues_ReadsPathLengthAndLanguage(int? pathLength, string language, ProxyCertificateFormat format, string hex)
    {
        var decoded = ProxyCertInfo.TryDecode(Hex(hex), format, out var info, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.True, error);
            Assert.That(error, Is.Null);
            Assert.That(info!.PathLength, Is.EqualTo(pathLength));
            Assert.That(info.PolicyLanguage, Is.EqualTo(language));
        });
    }

    [TestCaseSource(nameof(GridProxyInitValues))]
    public void TryDecode_ValueWithoutPolicyField_HasNoPolicy(int? pathLength, string language, ProxyCertificateFormat format, string hex)
    {
        ProxyCertInfo.TryDecode(Hex(hex), format, out var info, out _);

        Assert.That(info!.Policy, Is.Null, $"path length {pathLength}, language {language}");
    }

    [Test]
    public void TryDecode_Gt3FixtureWithPathLength42_ReadsIt()
    {
        ProxyCertInfo.TryDecode(Hex("3011300A06082B06010505071501A10302012A"), ProxyCertificateFormat.Draft, out var info, out _);

        Assert.That(info!.PathLength, Is.EqualTo(42));
    }

    [Test]
    public void TryDecode_PolicyBytes_AreKept()
    {
        var value = new ProxyCertInfo(1, "1.2.3.4", new byte[] { 0xAA, 0xBB }).Encode(ProxyCertificateFormat.Rfc3820);

        ProxyCertInfo.TryDecode(value, ProxyCertificateFormat.Rfc3820, out var info, out _);

        Assert.That(info!.Policy!.Value.ToArray(), Is.EqualTo(new byte[] { 0xAA, 0xBB }));
    }

    [Test]
    public void Encode_EmptyPolicyBytes_WritesAnEmptyOctetString()
    {
        var value = new ProxyCertInfo(null, "1.2.3.4", ReadOnlyMemory<byte>.Empty).Encode(ProxyCertificateFormat.Rfc3820);

        Assert.That(value, Is.EqualTo(Hex("3009300706032A03040400")));
    }

    [Test]
    public void Encode_NegativePathLength_Throws()
    {
        var info = new ProxyCertInfo(-1, ProxyObjectIdentifiers.InheritAll);

        Assert.That(() => info.Encode(ProxyCertificateFormat.Rfc3820), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Encode_Legacy_Throws()
    {
        var info = new ProxyCertInfo(null, ProxyObjectIdentifiers.InheritAll);

        Assert.That(() => info.Encode(ProxyCertificateFormat.Legacy), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    internal static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));
}
