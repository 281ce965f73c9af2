using FsCheck;
using MyProxy.Crypto.Proxies;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

// FsCheck supplies the arguments of [Property] methods; the NUnit analyzer cannot see that.
#pragma warning disable NUnit1027

namespace MyProxy.Crypto.Tests.Proxies;

public sealed class ProxyCertInfoProperties
{
    private static readonly string[] Languages =
        [ProxyObjectIdentifiers.InheritAll, ProxyObjectIdentifiers.Independent, ProxyObjectIdentifiers.LimitedProxy, "1.3.6.1.4.1.3536.1.1.1.8"];

    [Property(MaxTest = 300)]
    public void EncodeThenTryDecode_AnyPathLengthAndPolicy_RoundTrips(bool draft, bool hasPathLength, NonNegativeInt pathLength, byte language, bool hasPolicy, byte[]? policy)
    {
        var format = draft ? ProxyCertificateFormat.Draft : ProxyCertificateFormat.Rfc3820;
        // "No policy field" and "an empty policy" are different encodings; generate both. The cast matters: a bare null
        // here would convert through byte[] to an empty, non-null memory.
        var policyBytes = hasPolicy ? new ReadOnlyMemory<byte>(policy ?? []) : (ReadOnlyMemory<byte>?)null;
        var original = new ProxyCertInfo(hasPathLength ? pathLength.Get : null, Languages[language % Languages.Length], policyBytes);

        var decoded = ProxyCertInfo.TryDecode(original.Encode(format), format, out var info, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.True, error);
            Assert.That(info!.PathLength, Is.EqualTo(original.PathLength));
            Assert.That(info.PolicyLanguage, Is.EqualTo(original.PolicyLanguage));
            Assert.That(info.Policy.HasValue, Is.EqualTo(hasPolicy));
            Assert.That(info.Policy?.ToArray(), Is.EqualTo(policyBytes?.ToArray()));
        });
    }

    [Property(MaxTest = 300)]
    public void TryDecode_RandomBytes_NeverThrows(byte[]? value, bool draft)
    {
        var format = draft ? ProxyCertificateFormat.Draft : ProxyCertificateFormat.Rfc3820;

        Assert.That(() => ProxyCertInfo.TryDecode(value ?? [], format, out _, out _), Throws.Nothing);
    }
}
