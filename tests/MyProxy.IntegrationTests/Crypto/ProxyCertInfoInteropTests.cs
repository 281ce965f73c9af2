using MyProxy.Crypto.Proxies;

namespace MyProxy.IntegrationTests.Crypto;

/// <summary>Our ProxyCertInfo codec against the extensions the real grid-proxy-init wrote.</summary>
public sealed class ProxyCertInfoInteropTests
{
    [Test]
    public void TryDecode_EveryGridProxyInitExtension_DecodesAndEncodeReproducesItsBytes()
    {
        var checkedCount = 0;
        Assert.Multiple(() =>
        {
            foreach (var vector in GridProxyVectors.Generated)
            {
                if (FindProxyCertInfo(vector) is not { } found)
                {
                    continue;
                }

                var decoded = ProxyCertInfo.TryDecode(found.Value, found.Format, out var info, out var error);

                Assert.That(decoded, Is.True, $"{vector.Name}: {error}");
                Assert.That(info!.Encode(found.Format), Is.EqualTo(found.Value), vector.Name);
                checkedCount++;
            }
        });

        Assert.That(checkedCount, Is.GreaterThanOrEqualTo(8), "expected the RFC and draft vectors to carry ProxyCertInfo");
    }

    [TestCase("rfc", null, ProxyPolicyKind.InheritAll)]
    [TestCase("rfc-limited", null, ProxyPolicyKind.Limited)]
    [TestCase("rfc-independent", null, ProxyPolicyKind.Independent)]
    [TestCase("rfc-path-length-2", 2, ProxyPolicyKind.InheritAll)]
    [TestCase("draft", null, ProxyPolicyKind.InheritAll)]
    [TestCase("draft-limited", null, ProxyPolicyKind.Limited)]
    [TestCase("draft-path-length-3", 3, ProxyPolicyKind.InheritAll)]
    public void TryDecode_GridProxyInitOptions_ReadBackAsRequested(string name, int? pathLength, ProxyPolicyKind kind)
    {
        var found = FindProxyCertInfo(GridProxyVectors.Named(name)) ?? throw new AssertionException($"{name} has no ProxyCertInfo");

        ProxyCertInfo.TryDecode(found.Value, found.Format, out var info, out _);

        Assert.Multiple(() =>
        {
            Assert.That(info!.PathLength, Is.EqualTo(pathLength));
            Assert.That(info.Kind, Is.EqualTo(kind));
            Assert.That(info.Policy, Is.Null);
        });
    }

    private static (byte[] Value, ProxyCertificateFormat Format)? FindProxyCertInfo(ProxyVector vector)
    {
        using var leaf = vector.LoadLeaf();
        foreach (var extension in leaf.Extensions)
        {
            switch (extension.Oid?.Value)
            {
                case ProxyObjectIdentifiers.ProxyCertInfo:
                    return (extension.RawData, ProxyCertificateFormat.Rfc3820);
                case ProxyObjectIdentifiers.DraftProxyCertInfo:
                    return (extension.RawData, ProxyCertificateFormat.Draft);
            }
        }

        return null;
    }
}
