using System.Security.Cryptography.X509Certificates;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Transport;

internal static class DistinguishedNames
{
    public static string Slash(X509Certificate2 certificate) => SandboxTrust.OpenSslName(certificate.SubjectName);
}
