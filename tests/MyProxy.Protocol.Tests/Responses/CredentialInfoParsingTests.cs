using MyProxy.Protocol.Responses;
using static MyProxy.Protocol.Tests.Segments;

namespace MyProxy.Protocol.Tests.Responses;

public sealed class CredentialInfoParsingTests
{
    private const string Header = "VERSION=MYPROXYv2\nRESPONSE=0\n";

    // A.9 INFO example: one default and two named credentials.
    private const string ReferenceInfo = Header +
        "CRED_START_TIME=1764000000\nCRED_END_TIME=1764604800\nCRED_OWNER=/DC=org/DC=example/CN=Alice\nCRED_RETRIEVER=*\n" +
        "CRED_job_DESC=for the batch system\nCRED_job_START_TIME=1764000000\nCRED_job_END_TIME=1764604800\n" +
        "CRED_job_OWNER=/DC=org/DC=example/CN=Alice\nCRED_job_RENEWER=*/CN=condor.example.org\n" +
        "CRED_web_START_TIME=1764000000\nCRED_web_END_TIME=1764086400\nCRED_web_OWNER=/DC=org/DC=example/CN=Alice\n" +
        "CRED_web_RETRIEVER_TRUSTED=*/CN=portal.example.org\nADDL_CREDS=job,web\n\0";

    [Test]
    public void Credentials_ReferenceExample_ListsDefaultThenNamedInOrder()
    {
        var credentials = Decode(ReferenceInfo).Credentials;

        Assert.That(credentials.Select(c => c.Name), Is.EqualTo(new[] { null, "job", "web" }));
    }

    [Test]
    public void Credentials_ReferenceExample_DefaultHasItsFields()
    {
        var first = Decode(ReferenceInfo).Credentials[0];

        Assert.That(first.IsDefault, Is.True);
        Assert.That(first.Owner, Is.EqualTo("/DC=org/DC=example/CN=Alice"));
        Assert.That(first.Retrievers, Is.EqualTo("*"));
        Assert.That(first.StartTime, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1764000000)));
        Assert.That(first.EndTime, Is.EqualTo(new DateTimeOffset(2025, 12, 1, 16, 0, 0, TimeSpan.Zero)));
        Assert.That(first.Description, Is.Null);
    }

    [Test]
    public void Credentials_ReferenceExample_NamedCredentialsHaveTheirPolicies()
    {
        var credentials = Decode(ReferenceInfo).Credentials;

        Assert.That(credentials[1].Description, Is.EqualTo("for the batch system"));
        Assert.That(credentials[1].Renewers, Is.EqualTo("*/CN=condor.example.org"));
        Assert.That(credentials[2].TrustedRetrievers, Is.EqualTo("*/CN=portal.example.org"));
        Assert.That(credentials[2].Retrievers, Is.Null);
        Assert.That(credentials[2].EndTime, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1764086400)));
    }

    [Test]
    public void Credentials_DefaultOnly_IsOneUnnamedCredential()
    {
        var credentials = Decode(Header + "CRED_START_TIME=1\nCRED_END_TIME=2\nCRED_OWNER=/CN=A\n\0").Credentials;

        Assert.That(credentials, Has.Count.EqualTo(1));
        Assert.That(credentials[0].Name, Is.Null);
        Assert.That(credentials[0].Owner, Is.EqualTo("/CN=A"));
    }

    [Test]
    public void Credentials_NamedOnly_FirstCarriesCredName()
    {
        var credentials = Decode(Header + "CRED_NAME=first\nCRED_OWNER=/CN=A\nCRED_second_OWNER=/CN=B\nADDL_CREDS=second\n\0").Credentials;

        Assert.That(credentials.Select(c => c.Name), Is.EqualTo(new[] { "first", "second" }));
        Assert.That(credentials[0].IsDefault, Is.False);
        Assert.That(credentials[1].Owner, Is.EqualTo("/CN=B"));
    }

    [Test]
    public void Credentials_NamesWithUnderscores_AreMatchedLongestFirst()
    {
        var credentials = Decode(Header +
            "CRED_OWNER=/CN=A\nCRED_my_DESC=short\nCRED_my_job_DESC=long\nCRED_my_job_RETRIEVER_TRUSTED=*\nADDL_CREDS=my,my_job\n\0").Credentials;

        Assert.That(credentials[1].Name, Is.EqualTo("my"));
        Assert.That(credentials[1].Description, Is.EqualTo("short"));
        Assert.That(credentials[2].Name, Is.EqualTo("my_job"));
        Assert.That(credentials[2].Description, Is.EqualTo("long"));
        Assert.That(credentials[2].TrustedRetrievers, Is.EqualTo("*"));
    }

    [Test]
    public void Credentials_NameContainingAFieldKey_DoesNotCollideWithTheDefault()
    {
        var credentials = Decode(Header +
            "CRED_START_TIME=100\nCRED_X_CRED_START_TIME=200\nADDL_CREDS=X_CRED\n\0").Credentials;

        Assert.That(credentials[0].StartTime, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(100)));
        Assert.That(credentials[1].Name, Is.EqualTo("X_CRED"));
        Assert.That(credentials[1].StartTime, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(200)));
    }

    [Test]
    public void Credentials_NameThatLooksLikeAField_IsResolved()
    {
        var credentials = Decode(Header + "CRED_START_START_TIME=5\nCRED_RETRIEVER_RETRIEVER=x\nADDL_CREDS=START,RETRIEVER\n\0").Credentials;

        Assert.That(credentials, Has.Count.EqualTo(2));
        Assert.That(credentials[0].StartTime, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(5)));
        Assert.That(credentials[1].Retrievers, Is.EqualTo("x"));
    }

    [Test]
    public void Credentials_AllPolicies_AreRead()
    {
        var first = Decode(Header +
            "CRED_RETRIEVER=r\nCRED_RENEWER=n\nCRED_KEYRETRIEVERS=k\nCRED_RETRIEVER_TRUSTED=t\nCRED_DESC=d\n\0").Credentials[0];

        Assert.That(
            new[] { first.Retrievers, first.Renewers, first.KeyRetrievers, first.TrustedRetrievers, first.Description },
            Is.EqualTo(new[] { "r", "n", "k", "t", "d" }));
    }

    [Test]
    public void Credentials_LockMessage_MarksTheCredentialLocked()
    {
        var credentials = Decode(Header + "CRED_OWNER=/CN=A\nCRED_job_LOCKMSG=compromised, call support\nADDL_CREDS=job\n\0").Credentials;

        Assert.That(credentials[0].IsLocked, Is.False);
        Assert.That(credentials[1].IsLocked, Is.True);
        Assert.That(credentials[1].LockMessage, Is.EqualTo("compromised, call support"));
    }

    [Test]
    public void Credentials_ManyCredentials_AreAllListed()
    {
        var names = Enumerable.Range(0, 50).Select(i => $"cred{i}").ToArray();
        var body = string.Concat(names.Select(n => $"CRED_{n}_OWNER=/CN={n}\n"));

        var credentials = Decode(Header + "CRED_NAME=first\n" + body + "ADDL_CREDS=" + string.Join(",", names) + "\n\0").Credentials;

        Assert.That(credentials, Has.Count.EqualTo(51));
        Assert.That(credentials[50].Owner, Is.EqualTo("/CN=cred49"));
    }

    [Test]
    public void Credentials_ListedNameWithoutFields_HasOnlyItsName()
    {
        var credentials = Decode(Header + "ADDL_CREDS=empty\n\0").Credentials;

        Assert.That(credentials, Has.Count.EqualTo(1));
        Assert.That(credentials[0], Is.EqualTo(new CredentialInfo { Name = "empty" }));
    }

    [Test]
    public void Credentials_UnknownCredKeys_AreIgnored()
    {
        var credentials = Decode(Header + "CRED_OWNER=/CN=A\nCRED_FUTURE=1\nCRED_unlisted_OWNER=/CN=B\n\0").Credentials;

        Assert.That(credentials, Has.Count.EqualTo(1));
        Assert.That(credentials[0].Owner, Is.EqualTo("/CN=A"));
    }

    [Test]
    public void Credentials_PlainOk_IsEmpty()
    {
        Assert.That(Decode(Header + "\0").Credentials, Is.Empty);
    }

    [TestCase("CRED_START_TIME=soon\n")]
    [TestCase("CRED_END_TIME=99999999999999999999\n")]
    [TestCase("CRED_END_TIME=\n")]
    [TestCase("CRED_job_END_TIME=1.5\nADDL_CREDS=job\n")]
    public void Credentials_BadTime_IsRejected(string lines)
    {
        Assert.Throws<MyProxyProtocolException>(() => Decode(Header + lines + "\0"));
    }

    [TestCase("CRED_OWNER=a\nCRED_OWNER=b\n")]
    [TestCase("CRED_job_DESC=a\nCRED_job_DESC=b\nADDL_CREDS=job\n")]
    [TestCase("ADDL_CREDS=a,,b\n")]
    [TestCase("ADDL_CREDS=a,a\n")]
    [TestCase("ADDL_CREDS=a\nADDL_CREDS=b\n")]
    public void Credentials_InconsistentList_IsRejected(string lines)
    {
        Assert.Throws<MyProxyProtocolException>(() => Decode(Header + lines + "\0"));
    }

    private static MyProxyResponse Decode(string message) => MyProxyResponseDecoder.Default.Decode(Bytes(message));
}
