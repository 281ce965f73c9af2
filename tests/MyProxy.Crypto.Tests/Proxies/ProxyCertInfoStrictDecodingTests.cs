using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Tests.Proxies;

/// <summary>Values a strict decoder must refuse (reference A.2 parser rules).</summary>
public sealed class ProxyCertInfoStrictDecodingTests
{
    private const ProxyCertificateFormat Rfc = ProxyCertificateFormat.Rfc3820;
    private const ProxyCertificateFormat Draft = ProxyCertificateFormat.Draft;

    [TestCase("3000", Rfc, TestName = "TryDecode_EmptySequenceAsRfc_Refuses")]
    [TestCase("3000", Draft, TestName = "TryDecode_EmptySequenceAsDraft_Refuses")]
    [TestCase("", Rfc, TestName = "TryDecode_NoBytes_Refuses")]
    [TestCase("300C300A06082B06010505071501 0500", Rfc, TestName = "TryDecode_TrailingDataAfterSequence_Refuses")]
    [TestCase("3011300A06082B06010505071501A103020103 0500", Draft, TestName = "TryDecode_TrailingDataAfterDraftSequence_Refuses")]
    [TestCase("300F 0201FF 300A06082B06010505071501", Rfc, TestName = "TryDecode_NegativePathLength_Refuses")]
    [TestCase("3011300A06082B06010505071501A1030201FF", Draft, TestName = "TryDecode_NegativeDraftPathLength_Refuses")]
    [TestCase("3013 02050100000000 300A06082B06010505071501", Rfc, TestName = "TryDecode_PathLengthAboveInt32_Refuses")]
    [TestCase("3012 020102 300A06082B06010505071501 020101", Rfc, TestName = "TryDecode_ExtraFieldAfterPolicy_Refuses")]
    [TestCase("3018 300A06082B06010505071501 300A06082B06010505071501", Rfc, TestName = "TryDecode_TwoPolicies_Refuses")]
    [TestCase("3014 300A06082B06010505071501 A103020103 A103020101", Draft, TestName = "TryDecode_TwoDraftPathLengths_Refuses")]
    [TestCase("3012 3010 06082B06010505071501 0401AA 0401BB", Rfc, TestName = "TryDecode_PolicyWithThreeItems_Refuses")]
    [TestCase("310C300A06082B06010505071501", Rfc, TestName = "TryDecode_OuterSetInsteadOfSequence_Refuses")]
    [TestCase("300C300A04082B06010505071501", Rfc, TestName = "TryDecode_LanguageAsOctetString_Refuses")]
    [TestCase("300E300C06082B06010505071501 0500", Rfc, TestName = "TryDecode_PolicyAsNull_Refuses")]
    [TestCase("300C 0C0A06082B06010505071501", Rfc, TestName = "TryDecode_PolicyNotASequence_Refuses")]
    [TestCase("3011300A06082B06010505071501A203020103", Draft, TestName = "TryDecode_DraftPathLengthTaggedTwo_Refuses")]
    [TestCase("300F300A06082B06010505071501 810103", Draft, TestName = "TryDecode_DraftPathLengthImplicitlyTagged_Refuses")]
    [TestCase("3011300A06082B06010505071501A103020103", Rfc, TestName = "TryDecode_DraftLayoutReadAsRfc_Refuses")]
    [TestCase("300F020102300A06082B06010505071501", Draft, TestName = "TryDecode_RfcLayoutReadAsDraft_Refuses")]
    public void TryDecode_MalformedValue_Refuses(string hex, ProxyCertificateFormat format)
    {
        var decoded = ProxyCertInfo.TryDecode(ProxyCertInfoTests.Hex(hex), format, out var info, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.False);
            Assert.That(info, Is.Null);
            Assert.That(error, Does.StartWith("malformed ProxyCertInfo"));
        });
    }
}
