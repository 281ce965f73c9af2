using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Crypto.Tests.Backends;

/// <summary>What one backend writes, the other reads: keys move between hosts that use different backends.</summary>
public class CrossBackendKeyTests
{
    private const string Passphrase = "cross-pass";

    [TestCaseSource(nameof(Pairs))]
    public void ExportThenImport_AcrossBackends_GivesTheSameKey(ICryptoProvider writer, ICryptoProvider reader, KeySpecification specification,
        PrivateKeyPemFormat format)
    {
        using var key = writer.GenerateKey(specification);

        using var back = reader.ImportPrivateKeyPem(writer.ExportPrivateKeyPem(key, format, Passphrase), Passphrase);

        Assert.That(SameKey.Public(back, key), Is.True);
        Assert.That(SameKey.SignsFor(back, key), Is.True);
    }

    // EC PKCS#8 differs: BouncyCastle repeats the curve inside the ECPrivateKey, which RFC 5915 allows.
    [TestCase(KeyFixtures.RsaReference, PrivateKeyPemFormat.Traditional)]
    [TestCase(KeyFixtures.RsaReference, PrivateKeyPemFormat.Pkcs8)]
    [TestCase(KeyFixtures.P256Reference, PrivateKeyPemFormat.Traditional)]
    [TestCase(KeyFixtures.P384Reference, PrivateKeyPemFormat.Traditional)]
    public void ExportPrivateKeyPem_Unencrypted_IsTheSameOnBothBackends(string reference, PrivateKeyPemFormat format)
    {
        using var key = KeyFixtures.Reference(reference);
        var (system, bouncyCastle) = (Contract.Backends.All.First(), Contract.Backends.All.Last());

        Assert.That(bouncyCastle.ExportPrivateKeyPem(key, format, default), Is.EqualTo(system.ExportPrivateKeyPem(key, format, default)));
    }

    private static IEnumerable<TestCaseData> Pairs()
    {
        KeySpecification[] specifications = [KeySpecification.Rsa(1024), KeySpecification.EcP256, KeySpecification.EcP384];
        foreach (var writer in Contract.Backends.All)
        {
            foreach (var reader in Contract.Backends.All.Where(r => r != writer))
            {
                foreach (var specification in specifications)
                {
                    foreach (var format in Enum.GetValues<PrivateKeyPemFormat>())
                    {
                        yield return new TestCaseData(writer, reader, specification, format)
                            .SetArgDisplayNames(writer.Backend.ToString(), reader.Backend.ToString(), specification.ToString(), format.ToString());
                    }
                }
            }
        }
    }
}
