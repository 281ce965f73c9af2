using System.Security.Cryptography.X509Certificates;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Crypto;

public sealed class GridProxyVectorsTests
{
    [Test]
    public void All_EveryVector_HasItsFiles()
    {
        Assert.Multiple(() =>
        {
            foreach (var vector in GridProxyVectors.All)
            {
                Assert.That(vector.Path, Does.Exist, vector.Name);
                Assert.That(vector.LeafPath, Does.Exist, vector.Name);
                Assert.That(vector.ChainPath, Does.Exist, vector.Name);
            }
        });
    }

    [Test]
    public void All_Names_AreUnique()
    {
        Assert.That(GridProxyVectors.All.Select(vector => vector.Name), Is.Unique);
    }

    [Test]
    public void Generated_EveryFormatAndType_IsPresentOrRefused()
    {
        string[] names = ["rfc", "rfc-limited", "rfc-independent", "draft", "draft-limited", "draft-independent", "legacy", "legacy-limited", "legacy-independent"];

        var made = GridProxyVectors.Generated.Select(vector => vector.Name).Concat(GridProxyVectors.Refusals.Select(refusal => refusal.Name));

        Assert.That(made, Is.SupersetOf(names));
    }

    [Test]
    public void Generated_EveryVector_EndsWithTheUserCertificate()
    {
        using var user = PemBlocks.LoadFirstCertificate(GridProxyVectors.UserCertificatePath);
        Assert.Multiple(() =>
        {
            foreach (var vector in GridProxyVectors.Generated)
            {
                var chain = vector.LoadChain();
                Assert.That(chain[^1].Thumbprint, Is.EqualTo(user.Thumbprint), vector.Name);
                DisposeAll(chain);
            }
        });
    }

    [Test]
    public void TrustDirectory_CaFiles_AreNamedByOpenSslHash()
    {
        var certificate = Path.Combine(GridProxyVectors.TrustDirectory, GridProxyVectors.CaHash + ".0");

        var hash = ExternalTool.RunAsync("openssl", ["x509", "-hash", "-noout", "-in", certificate]).GetAwaiter().GetResult();

        Assert.Multiple(() =>
        {
            Assert.That(hash.StandardOutput.Trim(), Is.EqualTo(GridProxyVectors.CaHash));
            Assert.That(Path.Combine(GridProxyVectors.TrustDirectory, GridProxyVectors.CaHash + ".signing_policy"), Does.Exist);
        });
    }

    [Test]
    public void Named_UnknownName_Throws()
    {
        Assert.That(() => GridProxyVectors.Named("no-such-vector"), Throws.ArgumentException);
    }

    private static void DisposeAll(X509Certificate2Collection chain)
    {
        foreach (var certificate in chain)
        {
            certificate.Dispose();
        }
    }
}
