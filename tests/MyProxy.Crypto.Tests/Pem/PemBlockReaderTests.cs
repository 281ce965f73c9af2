using MyProxy.Crypto.Pem;

namespace MyProxy.Crypto.Tests.Pem;

public class PemBlockReaderTests
{
    [Test]
    public void ReadAll_SeveralBlocks_NumbersThemInOrder()
    {
        var blocks = PemBlockReader.ReadAll("-----BEGIN A-----\nAAAA\n-----END A-----\nnoise\n-----BEGIN B C-----\nBBBB\n-----END B C-----\n");

        Assert.That(blocks.Select(b => (b.Number, b.Label, b.Base64)), Is.EqualTo(new[] { (1, "A", "AAAA"), (2, "B C", "BBBB") }));
    }

    [Test]
    public void ReadAll_LegacyHeaders_KeepsThemApartFromTheBody()
    {
        var block = PemBlockReader.ReadAll("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00FF\n\nQUJD\nREVG\n-----END RSA PRIVATE KEY-----").Single();

        Assert.That(block.Headers["proc-type"], Is.EqualTo("4,ENCRYPTED"));
        Assert.That(block.Headers["DEK-Info"], Is.EqualTo("AES-128-CBC,00FF"));
        Assert.That(block.IsLegacyEncrypted, Is.True);
        Assert.That(block.Base64, Is.EqualTo("QUJDREVG"));
    }

    [Test]
    public void ReadAll_MissingEndLine_ReturnsAnIncompleteBlock()
    {
        var block = PemBlockReader.ReadAll("-----BEGIN CERTIFICATE-----\nAAAA\n").Single();

        Assert.That(block.Complete, Is.False);
        Assert.That(Assert.Throws<MyProxyCryptoException>(() => block.DecodeContent()).Message, Does.Contain("PEM block 1 (CERTIFICATE) has no END line"));
    }

    [Test]
    public void DecodeContent_BadBase64_NamesTheBlock()
    {
        var block = PemBlockReader.ReadAll("-----BEGIN X-----\nAAAA\n-----END X-----\n-----BEGIN Y-----\nA*A\n-----END Y-----\n")[1];

        Assert.That(Assert.Throws<MyProxyCryptoException>(() => block.DecodeContent()).Message, Does.StartWith("PEM block 2 (Y) is not valid base64"));
    }

    [Test]
    public void DecodeContent_ValidBody_ReturnsTheBytes()
    {
        var block = PemBlockReader.ReadAll("  -----BEGIN X-----  \r\n QUJD \r\n-----END X-----\r\n").Single();

        Assert.That(block.DecodeContent(), Is.EqualTo("ABC"u8.ToArray()));
    }

    [Test]
    public void ReadAll_NoBlocks_ReturnsEmpty()
    {
        Assert.That(PemBlockReader.ReadAll("-----BEGIN -----\nnothing here\n"), Is.Empty);
    }
}
