using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using MyProxy.Crypto.Tests.ValidationPki;

namespace MyProxy.Crypto.Tests.Certificates;

public sealed class OpenSslNameHashTests
{
    [Test]
    public void FileStem_SandboxCaName_IsTheNameOpenSslGivesItsFile() =>
        // openssl x509 -hash of the sandbox CA (scripts/sandbox.sh), which its trust directory holds as 880cfa8a.0.
        Assert.That(OpenSslNameHash.FileStem(new X500DistinguishedName("CN=Sandbox Test CA, DC=example, DC=org")), Is.EqualTo("880cfa8a"));

    [Test]
    public void FileStem_OtherCaseSpacingAndStringType_IsTheSame()
    {
        var plain = TestNames.Build((TestNames.DomainComponent, "org"), (TestNames.CommonName, "Grid CA"));
        var spelled = TestNames.Build(UniversalTagNumber.UTF8String, (TestNames.DomainComponent, " ORG "), (TestNames.CommonName, "grid \t  ca"));

        Assert.That(OpenSslNameHash.FileStem(spelled), Is.EqualTo(OpenSslNameHash.FileStem(plain)));
    }

    [Test]
    public void FileStem_OtherRdnOrder_Differs()
    {
        var name = TestNames.Build((TestNames.DomainComponent, "org"), (TestNames.CommonName, "Grid CA"));
        var reversed = TestNames.Build((TestNames.CommonName, "Grid CA"), (TestNames.DomainComponent, "org"));

        Assert.That(OpenSslNameHash.FileStem(reversed), Is.Not.EqualTo(OpenSslNameHash.FileStem(name)));
    }

    [Test]
    public void FileStem_UndecodableName_IsNull() =>
        Assert.That(OpenSslNameHash.FileStem(new X500DistinguishedName([0x30, 0x03, 0x31, 0x01])), Is.Null);
}
