using MyProxy.Crypto.Proxies;

namespace MyProxy.IntegrationTests.Crypto;

/// <summary>Our classifier against what grid-proxy-info -type printed for the same leaf.</summary>
public sealed class ClassifierAgreementTests
{
    [Test]
    public void Classify_EveryGridProxyInitVector_AgreesWithGridProxyInfoType()
    {
        Assert.Multiple(() =>
        {
            foreach (var vector in GridProxyVectors.Generated)
            {
                var classification = ClassifyLeaf(vector);

                Assert.That(classification.Problem, Is.Null, vector.Name);
                Assert.That(GridProxyTypeNames.For(classification), Is.EqualTo(vector.Info.Type), vector.Name);
            }
        });
    }

    [Test]
    public void Classify_GridProxyInitRfcAndDraftVectors_HaveCriticalProxyCertInfo()
    {
        Assert.Multiple(() =>
        {
            foreach (var vector in GridProxyVectors.Generated)
            {
                var classification = ClassifyLeaf(vector);
                if (classification.Format != ProxyCertificateFormat.Legacy)
                {
                    Assert.That(classification.IsProxyCertInfoCritical, Is.True, vector.Name);
                }
            }
        });
    }

    [Test]
    public void Classify_VectorUserCertificate_IsEndEntity()
    {
        using var user = PemBlocks.LoadFirstCertificate(GridProxyVectors.UserCertificatePath);

        var classification = ProxyCertificateClassifier.Classify(user);

        Assert.That(classification.Kind, Is.EqualTo(CertificateKind.EndEntity));
    }

    [Test]
    public void Classify_TestCa_IsCertificateAuthority()
    {
        using var ca = PemBlocks.LoadFirstCertificate(GridProxyVectors.CaCertificatePath);

        Assert.That(ProxyCertificateClassifier.Classify(ca).Kind, Is.EqualTo(CertificateKind.CertificateAuthority));
    }

    // D.16: GCT tests the legacy CN first; we test the extension first (reference A.3 recommendation).
    [Test]
    public void Classify_RfcProxyNamedLimitedProxy_IsRfcWhereGctSaysLegacy()
    {
        var vector = GridProxyVectors.Named("handmade-rfc-cn-limited-proxy");

        var classification = ClassifyLeaf(vector);

        Assert.Multiple(() =>
        {
            Assert.That(classification.Format, Is.EqualTo(ProxyCertificateFormat.Rfc3820));
            Assert.That(classification.Policy, Is.EqualTo(ProxyPolicyKind.InheritAll));
            Assert.That(vector.Info.Type, Is.EqualTo("limited legacy globus proxy"));
        });
    }

    // GCT ignores a non-critical ProxyCertInfo and calls the certificate an end entity; we report a proxy and the flag.
    [Test]
    public void Classify_NonCriticalProxyCertInfo_IsProxyWithFlagWhereGctSaysEndEntity()
    {
        var vector = GridProxyVectors.Named("handmade-noncritical-pci");

        var classification = ClassifyLeaf(vector);

        Assert.Multiple(() =>
        {
            Assert.That(classification.Format, Is.EqualTo(ProxyCertificateFormat.Rfc3820));
            Assert.That(classification.IsProxyCertInfoCritical, Is.False);
            Assert.That(vector.Info.Type, Is.EqualTo("end entity credential"));
        });
    }

    [Test]
    public void Classify_HandMadeVectorsGctCouldType_AgreeExceptTheDocumentedDivergences()
    {
        string[] divergent = ["handmade-rfc-cn-limited-proxy", "handmade-noncritical-pci"];
        var typed = GridProxyVectors.HandMade.Where(vector => !vector.Info.Type.StartsWith("exit ", StringComparison.Ordinal) && !divergent.Contains(vector.Name));

        Assert.Multiple(() =>
        {
            foreach (var vector in typed)
            {
                Assert.That(GridProxyTypeNames.For(ClassifyLeaf(vector)), Is.EqualTo(vector.Info.Type), vector.Name);
            }
        });
    }

    private static CertificateClassification ClassifyLeaf(ProxyVector vector)
    {
        using var leaf = vector.LoadLeaf();
        return ProxyCertificateClassifier.Classify(leaf);
    }
}
