using MyProxy.Cli.Commands.Proxy;

namespace MyProxy.Cli.Tests.Commands.Proxy;

public sealed class KeyFileHeaderTests
{
    [TestCase("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIF\n", true)]
    [TestCase("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: DES-EDE3-CBC,0011\n", true)]
    [TestCase("-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n", false)]
    [TestCase("-----BEGIN PRIVATE KEY-----\nMIIEv\n", false)]
    [TestCase("-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n-----BEGIN ENCRYPTED PRIVATE KEY-----\n", true)]
    [TestCase("no PEM at all\n", false)]
    public void IsEncrypted_Header_TellsWhetherAPassphraseIsNeeded(string pem, bool expected)
    {
        using var reader = new StringReader(pem);

        Assert.That(KeyFileHeader.IsEncrypted(reader), Is.EqualTo(expected));
    }
}
