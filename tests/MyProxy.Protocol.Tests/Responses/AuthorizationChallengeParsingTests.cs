using MyProxy.Protocol.Responses;
using static MyProxy.Protocol.Tests.Segments;

namespace MyProxy.Protocol.Tests.Responses;

public sealed class AuthorizationChallengeParsingTests
{
    private const string Header = "VERSION=MYPROXYv2\nRESPONSE=2\n";

    [Test]
    public void Challenges_RenewalExample_ListsBothCertificateMethodsInOrder()
    {
        var response = Decode(Header +
            "AUTHORIZATION_DATA=X509_certificate:3f9c0000000000000000000000000000\n" +
            "AUTHORIZATION_DATA=X509_certificate_SHA256:a41e0000000000000000000000000000\n\0");

        Assert.That(response.Code, Is.EqualTo(MyProxyResponseCode.AuthorizationRequired));
        Assert.That(response.AuthorizationChallenges, Is.EqualTo(new[]
        {
            new AuthorizationChallenge(AuthorizationMethod.X509Certificate, "X509_certificate", "3f9c0000000000000000000000000000"),
            new AuthorizationChallenge(AuthorizationMethod.X509CertificateSha256, "X509_certificate_SHA256", "a41e0000000000000000000000000000"),
        }));
    }

    [Test]
    public void Challenges_Sasl_KeepsDataAfterTheFirstColon()
    {
        var challenge = Decode(Header + "AUTHORIZATION_DATA=SASL:UExBSU4=:extra\n\0").AuthorizationChallenges[0];

        Assert.That(challenge.Method, Is.EqualTo(AuthorizationMethod.Sasl));
        Assert.That(challenge.Data, Is.EqualTo("UExBSU4=:extra"));
    }

    [Test]
    public void Challenges_Password_IsRecognised()
    {
        var challenge = Decode(Header + "AUTHORIZATION_DATA=password:Enter MyProxy pass phrase:\n\0").AuthorizationChallenges[0];

        Assert.That(challenge.Method, Is.EqualTo(AuthorizationMethod.Password));
        Assert.That(challenge.Data, Is.EqualTo("Enter MyProxy pass phrase:"));
    }

    [Test]
    public void Challenges_UnknownMethod_IsKeptWithItsName()
    {
        var challenge = Decode(Header + "AUTHORIZATION_DATA=OIDC:token\n\0").AuthorizationChallenges[0];

        Assert.That(challenge.Method, Is.EqualTo(AuthorizationMethod.Unknown));
        Assert.That(challenge.MethodName, Is.EqualTo("OIDC"));
    }

    [Test]
    public void Challenges_EmptyData_IsAllowed()
    {
        var challenge = Decode(Header + "AUTHORIZATION_DATA=SASL:\n\0").AuthorizationChallenges[0];

        Assert.That(challenge.Data, Is.Empty);
    }

    [TestCase("AUTHORIZATION_DATA=no colon\n")]
    [TestCase("AUTHORIZATION_DATA=:data\n")]
    public void Challenges_Malformed_AreRejected(string line)
    {
        Assert.Throws<MyProxyProtocolException>(() => Decode(Header + line + "\0"));
    }

    [Test]
    public void MethodFor_NamesAreCaseSensitive()
    {
        Assert.That(AuthorizationChallenge.MethodFor("sasl"), Is.EqualTo(AuthorizationMethod.Unknown));
    }

    [Test]
    public void AuthorizationMethod_Values_AreTheReplyIdentifiers()
    {
        Assert.That(
            new[] { (int)AuthorizationMethod.Password, (int)AuthorizationMethod.X509Certificate, (int)AuthorizationMethod.Sasl, (int)AuthorizationMethod.X509CertificateSha256 },
            Is.EqualTo(new[] { 1, 2, 3, 4 }));
    }

    [Test]
    public void Challenges_OkResponse_IsEmpty()
    {
        Assert.That(Decode("VERSION=MYPROXYv2\nRESPONSE=0\n\0").AuthorizationChallenges, Is.Empty);
    }

    private static MyProxyResponse Decode(string message) => MyProxyResponseDecoder.Default.Decode(Bytes(message));
}
