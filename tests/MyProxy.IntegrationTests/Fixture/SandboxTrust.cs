using System.Security.Cryptography.X509Certificates;

namespace MyProxy.IntegrationTests.Fixture;

/// <summary>
/// Test-only server check: the certificate chains to the sandbox CA and names the sandbox host. The host name
/// lives in the CN as <c>host/localhost</c>, which the platform's host-name check does not understand, so the
/// subject is compared as an X.500 name instead.
/// </summary>
internal static class SandboxTrust
{
    public static bool IsServerCertificate(SandboxServer server, X509Certificate certificate)
    {
        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        using var ca = server.LoadCACertificate();
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(leaf) && OpenSslName(leaf.SubjectName) == server.ServerSubject;
    }

    /// <summary>The name as OpenSSL's one-line form without escapes: <c>/DC=org/DC=example/CN=host/localhost</c>.</summary>
    public static string OpenSslName(X500DistinguishedName name) =>
        string.Concat(name.EnumerateRelativeDistinguishedNames(reversed: false)
            .Select(rdn => $"/{ShortName(rdn.GetSingleElementType().Value)}={rdn.GetSingleElementValue()}"));

    private static string ShortName(string? oid) => oid switch
    {
        "0.9.2342.19200300.100.1.25" => "DC",
        "2.5.4.3" => "CN",
        "2.5.4.6" => "C",
        "2.5.4.10" => "O",
        "2.5.4.11" => "OU",
        _ => oid ?? "?",
    };
}
