using MyProxy.Protocol.Requests;

namespace MyProxy.Protocol.Tests.Requests;

public sealed class MyProxyRequestValidationTests
{
    private static readonly MyProxyRequest ValidGet = MyProxyRequest.Get("alice", "secret123", 43200);

    [TestCase("a\nb")]
    [TestCase("a\rb")]
    [TestCase("a\0b")]
    public void Encode_CredentialNameWithControlCharacter_IsRefused(string name)
    {
        var exception = Refused(ValidGet with { CredentialName = name });

        Assert.That(exception.FieldName, Is.EqualTo("CRED_NAME"));
        Assert.That(exception.Message, Does.Contain("CRED_NAME"));
    }

    [TestCase("VERSION=")]
    [TestCase("COMMAND=")]
    [TestCase("USERNAME=")]
    [TestCase("PASSPHRASE=")]
    [TestCase("NEW_PHRASE=")]
    [TestCase("LIFETIME=")]
    [TestCase("RETRIEVER=")]
    [TestCase("RENEWER=")]
    [TestCase("CRED_NAME=")]
    [TestCase("CRED_DESC=")]
    [TestCase("KEYRETRIEVERS=")]
    [TestCase("RETRIEVER_TRUSTED=")]
    [TestCase("TRUSTED_CERTS=")]
    [TestCase("VONAME=")]
    [TestCase("VOMSES=")]
    public void Encode_DescriptionContainingWireKey_IsRefusedNamingTheKey(string key)
    {
        var request = MyProxyRequest.Put("alice", "secret123", 60) with { CredentialDescription = "see x" + key + "1" };

        var exception = Refused(request);

        Assert.That(exception.FieldName, Is.EqualTo("CRED_DESC"));
        Assert.That(exception.Message, Does.Contain(key));
    }

    [Test]
    public void Encode_DescriptionWithKeyNameButNoEquals_IsAccepted()
    {
        var request = MyProxyRequest.Put("alice", "secret123", 60) with { CredentialDescription = "USERNAME and PASSPHRASE" };

        Assert.That(MyProxyRequestEncoder.Encode(request), Is.Not.Empty);
    }

    [Test]
    public void Encode_PassphraseWithNewline_IsRefusedWithoutShowingIt()
    {
        var exception = Refused(MyProxyRequest.Get("alice", "hunter2\nxyz", 60));

        Assert.That(exception.FieldName, Is.EqualTo("PASSPHRASE"));
        Assert.That(exception.Message, Does.Not.Contain("hunter2"));
    }

    [Test]
    public void Encode_PassphraseContainingWireKey_IsRefusedWithoutShowingIt()
    {
        var exception = Refused(MyProxyRequest.Get("alice", "topLIFETIME=99", 60));

        Assert.That(exception.FieldName, Is.EqualTo("PASSPHRASE"));
        Assert.That(exception.Message, Does.Not.Contain("top").And.Not.Contain("LIFETIME="));
    }

    [Test]
    public void Encode_NewPassphraseContainingWireKey_IsRefusedWithoutShowingIt()
    {
        var exception = Refused(MyProxyRequest.ChangePassphrase("alice", "secret123", "abcUSERNAME=x"));

        Assert.That(exception.FieldName, Is.EqualTo("NEW_PHRASE"));
        Assert.That(exception.Message, Does.Not.Contain("abc"));
    }

    [Test]
    public void Encode_PassphraseLongerThan1024Bytes_IsRefused()
    {
        var exception = Refused(MyProxyRequest.Get("alice", new string('p', 1025), 60));

        Assert.That(exception.FieldName, Is.EqualTo("PASSPHRASE"));
    }

    [Test]
    public void Encode_Passphrase1024Bytes_IsAccepted()
    {
        var bytes = MyProxyRequestEncoder.Encode(MyProxyRequest.Get("alice", new string('p', 1024), 60));

        Assert.That(bytes, Has.Length.GreaterThan(1024));
    }

    [Test]
    public void Encode_PutWithShortPassphrase_IsRefused()
    {
        var exception = Refused(MyProxyRequest.Put("alice", "12345", 60));

        Assert.That(exception.FieldName, Is.EqualTo("PASSPHRASE"));
        Assert.That(exception.Message, Does.Contain("6"));
    }

    [Test]
    public void Encode_PutWithEmptyPassphrase_IsAccepted()
    {
        Assert.That(MyProxyRequestEncoder.Encode(MyProxyRequest.Put("alice", "", 60)), Is.Not.Empty);
    }

    [Test]
    public void Encode_GetWithShortPassphrase_IsAccepted()
    {
        Assert.That(MyProxyRequestEncoder.Encode(MyProxyRequest.Get("alice", "pin", 60)), Is.Not.Empty);
    }

    [Test]
    public void Encode_ChangePassphraseWithShortNewPassphrase_IsRefused()
    {
        var exception = Refused(MyProxyRequest.ChangePassphrase("alice", "secret123", "short"));

        Assert.That(exception.FieldName, Is.EqualTo("NEW_PHRASE"));
    }

    [Test]
    public void Encode_ChangePassphraseWithoutNewPassphrase_IsRefused()
    {
        var exception = Refused(MyProxyRequest.ChangePassphrase("alice", "secret123", ""));

        Assert.That(exception.FieldName, Is.EqualTo("NEW_PHRASE"));
    }

    [TestCase(MyProxyCommand.Get)]
    [TestCase(MyProxyCommand.Put)]
    [TestCase(MyProxyCommand.Info)]
    [TestCase(MyProxyCommand.Destroy)]
    [TestCase(MyProxyCommand.Store)]
    [TestCase(MyProxyCommand.Retrieve)]
    public void Encode_EmptyUsername_IsRefused(MyProxyCommand command)
    {
        var exception = Refused(new MyProxyRequest { Command = command, Passphrase = "secret123" });

        Assert.That(exception.FieldName, Is.EqualTo("USERNAME"));
    }

    [Test]
    public void Encode_NullUsername_IsRefused()
    {
        var exception = Refused(ValidGet with { Username = null! });

        Assert.That(exception.FieldName, Is.EqualTo("USERNAME"));
    }

    [Test]
    public void Encode_NullPassphrase_IsRefused()
    {
        var exception = Refused(ValidGet with { Passphrase = null! });

        Assert.That(exception.FieldName, Is.EqualTo("PASSPHRASE"));
    }

    [Test]
    public void Encode_UsernameWithNewline_IsRefused()
    {
        var exception = Refused(ValidGet with { Username = "alice\nLIFETIME=1" });

        Assert.That(exception.FieldName, Is.EqualTo("USERNAME"));
    }

    [Test]
    public void Encode_NegativeLifetime_IsRefused()
    {
        var exception = Refused(ValidGet with { LifetimeSeconds = -1 });

        Assert.That(exception.FieldName, Is.EqualTo("LIFETIME"));
    }

    [Test]
    public void Encode_UndefinedCommand_IsRefused()
    {
        var exception = Refused(ValidGet with { Command = (MyProxyCommand)8 });

        Assert.That(exception.FieldName, Is.EqualTo("COMMAND"));
    }

    [Test]
    public void Encode_EmptyVoName_IsRefused()
    {
        var exception = Refused(ValidGet with { VONames = ["atlas", ""] });

        Assert.That(exception.FieldName, Is.EqualTo("VONAME"));
    }

    [Test]
    public void Encode_VomsesWithNewline_IsRefused()
    {
        var exception = Refused(ValidGet with { Vomses = ["\"a\"\n\"b\""] });

        Assert.That(exception.FieldName, Is.EqualTo("VOMSES"));
    }

    [Test]
    public void Encode_RetrieverContainingPassphraseKey_IsRefused()
    {
        var exception = Refused(MyProxyRequest.Put("alice", "secret123", 60) with { Retrievers = "PASSPHRASE=x" });

        Assert.That(exception.FieldName, Is.EqualTo("RETRIEVER"));
    }

    [Test]
    public void Encode_LoneSurrogate_IsRefused()
    {
        var exception = Refused(MyProxyRequest.Put("alice", "secret123", 60) with { CredentialDescription = "bad \uD800 text" });

        Assert.That(exception.FieldName, Is.EqualTo("CRED_DESC"));
    }

    [Test]
    public void Encode_PassphraseWithLoneSurrogate_IsRefused()
    {
        var exception = Refused(MyProxyRequest.Get("alice", "secret\uDC00", 60));

        Assert.That(exception.FieldName, Is.EqualTo("PASSPHRASE"));
    }

    [Test]
    public void GetEncodedLength_InvalidRequest_IsRefused()
    {
        Assert.Throws<MyProxyRequestException>(() => MyProxyRequestEncoder.GetEncodedLength(ValidGet with { LifetimeSeconds = -5 }));
    }

    [Test]
    public void ToString_HidesPassphrases()
    {
        var text = MyProxyRequest.ChangePassphrase("alice", "oldsecret", "newsecret").ToString();

        Assert.That(text, Does.Not.Contain("oldsecret").And.Not.Contain("newsecret"));
        Assert.That(text, Does.Contain("alice").And.Contain("ChangePassword"));
    }

    private static MyProxyRequestException Refused(MyProxyRequest request) =>
        Assert.Throws<MyProxyRequestException>(() => MyProxyRequestEncoder.Encode(request))!;
}
