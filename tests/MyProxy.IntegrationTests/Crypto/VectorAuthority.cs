using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Crypto;

/// <summary>
/// The test CA, its trust directory (<c>&lt;hash&gt;.0</c> and <c>&lt;hash&gt;.signing_policy</c>) and the vector user's
/// certificate with an encrypted key, all made with openssl as in reference C.6.
/// </summary>
internal sealed class VectorAuthority
{
    public const string CaSubject = "/DC=org/DC=example/CN=Vector Test CA";
    public const string UserSubject = "/DC=org/DC=example/CN=Vector User";

    private VectorAuthority(string directory, string hash)
    {
        CaCertificatePath = Path.Combine(directory, "ca.pem");
        CaKeyPath = Path.Combine(directory, "ca.key");
        TrustDirectory = Path.Combine(directory, "trust");
        UserCertificatePath = Path.Combine(directory, "usercert.pem");
        UserKeyPath = Path.Combine(directory, "userkey.pem");
        Hash = hash;
    }

    public string CaCertificatePath { get; }

    public string CaKeyPath { get; }

    public string TrustDirectory { get; }

    public string UserCertificatePath { get; }

    public string UserKeyPath { get; }

    public string Hash { get; }

    public static async Task<VectorAuthority> CreateAsync(string directory, string passPhrase)
    {
        var caKey = Path.Combine(directory, "ca.key");
        var caCertificate = Path.Combine(directory, "ca.pem");
        await ExternalTool.RunCheckedAsync("openssl", [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", caKey, "-out", caCertificate, "-subj", CaSubject,
            "-days", "30", "-sha256", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"]);
        var hash = (await ExternalTool.RunCheckedAsync("openssl", ["x509", "-hash", "-noout", "-in", caCertificate])).StandardOutput.Trim();
        var authority = new VectorAuthority(directory, hash);
        Directory.CreateDirectory(authority.TrustDirectory);
        File.Copy(caCertificate, Path.Combine(authority.TrustDirectory, hash + ".0"));
        await File.WriteAllTextAsync(Path.Combine(authority.TrustDirectory, hash + ".signing_policy"), SigningPolicy);
        await authority.IssueUserAsync(directory, passPhrase);
        return authority;
    }

    private static string SigningPolicy =>
        $"access_id_CA X509 '{CaSubject}'\npos_rights globus CA:sign\ncond_subjects globus '\"/DC=org/DC=example/*\"'\n";

    private async Task IssueUserAsync(string directory, string passPhrase)
    {
        var request = Path.Combine(directory, "user.csr");
        var extensions = Path.Combine(directory, "user.cnf");
        await File.WriteAllTextAsync(extensions, "keyUsage=critical,digitalSignature,keyEncipherment,dataEncipherment\nextendedKeyUsage=clientAuth\n");
        await ExternalTool.RunCheckedAsync(
            "openssl",
            ["req", "-new", "-newkey", "rsa:2048", "-keyout", UserKeyPath, "-passout", "stdin", "-out", request, "-subj", UserSubject],
            standardInput: passPhrase + "\n");
        await ExternalTool.RunCheckedAsync("openssl", [
            "x509", "-req", "-in", request, "-CA", CaCertificatePath, "-CAkey", CaKeyPath, "-set_serial", "4096",
            "-days", "30", "-sha256", "-extfile", extensions, "-out", UserCertificatePath]);
    }
}
