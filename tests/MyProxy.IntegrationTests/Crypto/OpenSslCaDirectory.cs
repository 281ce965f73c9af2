using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Crypto;

/// <summary>
/// A trust directory as OpenSSL and the Globus tools read it: the CA certificate under its subject hash
/// (<c>&lt;hash&gt;.0</c>, from <c>openssl x509 -hash</c>) and a matching <c>&lt;hash&gt;.signing_policy</c>.
/// </summary>
internal static class OpenSslCaDirectory
{
    public static async Task<string> WriteAsync(string directory, string caPem, string caSubjectSlashes, string namespacePattern)
    {
        Directory.CreateDirectory(directory);
        var caPath = Path.Combine(directory, "ca.pem");
        await File.WriteAllTextAsync(caPath, caPem);
        var hash = await ExternalTool.RunAsync("openssl", ["x509", "-hash", "-noout", "-in", caPath]);
        Assert.That(hash.ExitCode, Is.Zero, hash.Describe());
        var name = hash.StandardOutput.Trim();
        File.Move(caPath, Path.Combine(directory, name + ".0"));
        var policy = $"""
            access_id_CA X509 '{caSubjectSlashes}'
            pos_rights globus CA:sign
            cond_subjects globus '"{namespacePattern}"'

            """;
        await File.WriteAllTextAsync(Path.Combine(directory, name + ".signing_policy"), policy);
        return directory;
    }
}
