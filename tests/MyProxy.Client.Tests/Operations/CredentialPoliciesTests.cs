using MyProxy.Client.Operations;

namespace MyProxy.Client.Tests.Operations;

public sealed class CredentialPoliciesTests
{
    [Test]
    public void ToWire_CommonNameOnly_WrapsTheName() =>
        Assert.That(new CredentialPolicies().ToWire("portal.example.org"), Is.EqualTo("*/CN=portal.example.org"));

    [Test]
    public void ToWire_CommonNameOnlyStar_StaysAnyone() =>
        Assert.That(new CredentialPolicies().ToWire("*"), Is.EqualTo("*"));

    [Test]
    public void ToWire_RegularExpression_IsVerbatim() =>
        Assert.That(new CredentialPolicies { Matching = PolicyMatching.RegularExpression }.ToWire("/DC=org/*"), Is.EqualTo("/DC=org/*"));

    [Test]
    public void ToWire_Null_IsNull() =>
        Assert.That(new CredentialPolicies().ToWire(null), Is.Null);
}
