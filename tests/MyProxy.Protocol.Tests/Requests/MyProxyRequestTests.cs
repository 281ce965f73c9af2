using System.Buffers;
using MyProxy.Protocol.Requests;

namespace MyProxy.Protocol.Tests.Requests;

public sealed class MyProxyRequestTests
{
    [Test]
    public void GetTrustRoots_HasNoUsernameNoPassphraseAndAsksForTrustRoots()
    {
        var request = MyProxyRequest.GetTrustRoots();

        Assert.That(request.Command, Is.EqualTo(MyProxyCommand.GetTrustRoots));
        Assert.That(request.Username, Is.Empty);
        Assert.That(request.Passphrase, Is.Empty);
        Assert.That(request.WantTrustRoots, Is.True);
    }

    [Test]
    public void Store_HasEmptyPassphrase()
    {
        var request = MyProxyRequest.Store("alice", 43200, "eec");

        Assert.That(request.Passphrase, Is.Empty);
        Assert.That(request.LifetimeSeconds, Is.EqualTo(43200));
        Assert.That(request.CredentialName, Is.EqualTo("eec"));
    }

    [Test]
    public void Info_SendsTheDummyPassphraseOfTheCClient()
    {
        Assert.That(MyProxyRequest.Info("alice").Passphrase, Is.EqualTo("DUMMY-PASSPHRASE"));
    }

    [Test]
    public void With_ChangesOnlyTheNamedProperty()
    {
        var original = MyProxyRequest.Get("alice", "secret123", 60);

        var changed = original with { CredentialName = "job" };

        Assert.That(changed.CredentialName, Is.EqualTo("job"));
        Assert.That(original.CredentialName, Is.Null);
        Assert.That(changed with { CredentialName = null }, Is.EqualTo(original));
    }

    [Test]
    public void Defaults_HaveEmptyListsAndNoOptionalFields()
    {
        var request = new MyProxyRequest { Command = MyProxyCommand.Info, Username = "alice" };

        Assert.That(request.VONames, Is.Empty);
        Assert.That(request.Vomses, Is.Empty);
        Assert.That(request.Retrievers, Is.Null);
        Assert.That(request.LifetimeSeconds, Is.Zero);
    }

    [Test]
    public void ToString_EmptyPassphrase_SaysEmpty()
    {
        Assert.That(MyProxyRequest.GetTrustRoots().ToString(), Does.Contain("Passphrase = (empty)"));
    }

    [Test]
    public void ToString_ShowsNonSecretFields()
    {
        var text = (MyProxyRequest.Put("alice", "secret123", 60) with { Retrievers = "*/CN=portal", VONames = ["atlas"] }).ToString();

        Assert.That(text, Does.Contain("*/CN=portal").And.Contain("atlas").And.Not.Contain("secret123"));
    }

    [Test]
    public void Encode_InvalidRequestIntoWriter_WritesNothing()
    {
        var writer = new ArrayBufferWriter<byte>();

        Assert.Throws<MyProxyRequestException>(() => MyProxyRequestEncoder.Encode(MyProxyRequest.Get("", "x", 0), writer));
        Assert.That(writer.WrittenCount, Is.Zero);
    }

    [Test]
    public void Encode_NullRequest_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => MyProxyRequestEncoder.Encode(null!));
    }

    [Test]
    public void Encode_ShortPutPassphrase_MessageDoesNotContainIt()
    {
        var exception = Assert.Throws<MyProxyRequestException>(() => MyProxyRequestEncoder.Encode(MyProxyRequest.Put("alice", "qwxyz", 60)));

        Assert.That(exception!.Message, Does.Not.Contain("qwxyz"));
    }

    [Test]
    public void Validate_ValidRequest_DoesNotThrow()
    {
        Assert.DoesNotThrow(() => MyProxyRequestEncoder.Validate(MyProxyRequest.Retrieve("alice", "secret123")));
    }

    [Test]
    public void Encode_MaximumLifetime_IsWrittenInDecimal()
    {
        var bytes = MyProxyRequestEncoder.Encode(MyProxyRequest.Get("alice", "secret123", int.MaxValue));

        Assert.That(System.Text.Encoding.ASCII.GetString(bytes), Does.Contain("\nLIFETIME=2147483647\n"));
    }
}
