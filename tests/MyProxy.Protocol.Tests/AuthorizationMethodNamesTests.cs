namespace MyProxy.Protocol.Tests;

public class AuthorizationMethodNamesTests
{
    [TestCase(AuthorizationMethod.Password, "password", 1)]
    [TestCase(AuthorizationMethod.X509Certificate, "X509_certificate", 2)]
    [TestCase(AuthorizationMethod.Sasl, "SASL", 3)]
    [TestCase(AuthorizationMethod.X509CertificateSha256, "X509_certificate_SHA256", 4)]
    public void ToWireNameAndTryParse_EveryMethod_MatchServerNamesAndNumbers(AuthorizationMethod method, string name, int number)
    {
        Assert.That(AuthorizationMethodNames.ToWireName(method), Is.EqualTo(name));
        Assert.That(AuthorizationMethodNames.TryParse(name, out var parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(method));
        Assert.That((int)method, Is.EqualTo(number));
    }

    [TestCase("sasl")]
    [TestCase("X509_certificate_SHA512")]
    [TestCase("")]
    [TestCase(null)]
    public void TryParse_UnknownName_ReturnsFalse(string? name)
    {
        Assert.That(AuthorizationMethodNames.TryParse(name, out _), Is.False);
    }

    [Test]
    public void ToWireName_UndefinedMethod_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AuthorizationMethodNames.ToWireName((AuthorizationMethod)0));
    }
}
