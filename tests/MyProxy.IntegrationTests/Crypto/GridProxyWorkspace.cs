using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Crypto;

/// <summary>
/// A temporary test CA and user made with openssl (reference C.6), a trust directory with the CA's hash file and
/// signing policy, and helpers that run grid-proxy-init, grid-proxy-info and openssl verify against them.
/// </summary>
internal sealed class GridProxyWorkspace
{
    public const string Passphrase = "secret123";
    public const string UserSubject = "/DC=org/DC=example/CN=Alice Example";

    private GridProxyWorkspace(string directory) => Directory = directory;

    public string Directory { get; }

    public string TrustDirectory => Path.Combine(Directory, "certs");

    public static async Task<GridProxyWorkspace> CreateAsync()
    {
        var workspace = new GridProxyWorkspace(System.IO.Directory.CreateTempSubdirectory("myproxy-gridproxy-").FullName);
        await workspace.CreateCaAndUserAsync();
        return workspace;
    }

    /// <summary>Runs grid-proxy-init from the user credential (or from an existing proxy) into <paramref name="name"/>.</summary>
    public async Task<string> InitAsync(string name, IEnumerable<string> options, string? issuerProxy = null)
    {
        var output = Path.Combine(Directory, name);
        List<string> arguments = issuerProxy is null
            ? ["-pwstdin", "-cert", Path.Combine(Directory, "usercert.pem"), "-key", Path.Combine(Directory, "userkey.pem")]
            : ["-cert", issuerProxy, "-key", issuerProxy];
        arguments.AddRange(["-q", "-out", output, "-valid", "1:00", .. options]);
        var result = await ExternalTool.RunAsync("grid-proxy-init", arguments, Environment(), issuerProxy is null ? Passphrase + "\n" : null);
        Assert.That(result.ExitCode, Is.Zero, "grid-proxy-init " + string.Join(' ', arguments) + ": " + result.Describe());
        return output;
    }

    /// <summary>One line of grid-proxy-info about a proxy file, for example <c>-type</c>.</summary>
    public async Task<string> InfoAsync(string file, string option)
    {
        var result = await ExternalTool.RunAsync("grid-proxy-info", ["-file", file, option], Environment());
        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        return result.StandardOutput.Trim();
    }

    /// <summary>Whether <c>openssl verify -allow_proxy_certs</c> accepts the chain in a proxy file.</summary>
    public async Task<bool> OpenSslVerifiesAsync(string file)
    {
        var result = await ExternalTool.RunAsync("openssl", ["verify", "-allow_proxy_certs", "-CApath", TrustDirectory, "-untrusted", file, file]);
        return result.ExitCode == 0;
    }

    /// <summary>
    /// Hand-makes a proxy with <c>openssl x509 -req</c> (reference C.6): signed by the proxy or user credential in
    /// <paramref name="issuerFile"/>, with the given subject and extension lines; returns a file holding the new
    /// certificate followed by the issuer's file (its certificates, key and chain).
    /// </summary>
    public async Task<string> SignWithOpenSslAsync(string issuerFile, string subject, string extensions, string name)
    {
        string In(string file) => Path.Combine(Directory, file);
        await File.WriteAllTextAsync(In(name + ".ext"), extensions);
        await OpenSslAsync("req", "-newkey", "rsa:2048", "-nodes", "-keyout", In(name + ".key"), "-out", In(name + ".csr"), "-subj", subject);
        await OpenSslAsync("x509", "-req", "-in", In(name + ".csr"), "-CA", issuerFile, "-CAkey", issuerFile, "-set_serial", "777",
            "-days", "1", "-extfile", In(name + ".ext"), "-out", In(name + ".crt"));
        var chain = In(name + ".pem");
        await File.WriteAllTextAsync(chain, await File.ReadAllTextAsync(In(name + ".crt")) + await File.ReadAllTextAsync(issuerFile));
        return chain;
    }

    /// <summary>The subject of the first certificate in a file, in OpenSSL one-line form.</summary>
    public static async Task<string> SubjectAsync(string file)
    {
        var output = await OpenSslAsync("x509", "-in", file, "-noout", "-subject", "-nameopt", "compat");
        return output.Trim()["subject=".Length..];
    }

    public void Delete() => System.IO.Directory.Delete(Directory, recursive: true);

    private Dictionary<string, string> Environment() => new()
    {
        ["X509_CERT_DIR"] = TrustDirectory,
        ["HOME"] = Directory,
        ["X509_USER_PROXY"] = Path.Combine(Directory, "no-such-proxy"),
    };

    private async Task CreateCaAndUserAsync()
    {
        string In(string file) => Path.Combine(Directory, file);
        await File.WriteAllTextAsync(In("user.ext"), "keyUsage=critical,digitalSignature,keyEncipherment,dataEncipherment\nextendedKeyUsage=clientAuth\n");
        await OpenSslAsync("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", In("cakey.pem"), "-out", In("cacert.pem"),
            "-subj", "/DC=org/DC=example/CN=Test CA", "-days", "30",
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        await OpenSslAsync("req", "-newkey", "rsa:2048", "-keyout", In("userkey.pem"), "-passout", "pass:" + Passphrase,
            "-out", In("user.csr"), "-subj", UserSubject);
        await OpenSslAsync("x509", "-req", "-in", In("user.csr"), "-CA", In("cacert.pem"), "-CAkey", In("cakey.pem"), "-CAcreateserial",
            "-out", In("usercert.pem"), "-days", "10", "-extfile", In("user.ext"));
        System.IO.Directory.CreateDirectory(TrustDirectory);
        var hash = (await OpenSslAsync("x509", "-in", In("cacert.pem"), "-noout", "-hash")).Trim();
        File.Copy(In("cacert.pem"), Path.Combine(TrustDirectory, hash + ".0"));
        await File.WriteAllTextAsync(Path.Combine(TrustDirectory, hash + ".signing_policy"),
            "access_id_CA X509 '/DC=org/DC=example/CN=Test CA'\npos_rights globus CA:sign\ncond_subjects globus '\"/DC=org/DC=example/*\"'\n");
    }

    private static async Task<string> OpenSslAsync(params string[] arguments)
    {
        var result = await ExternalTool.RunAsync("openssl", arguments);
        Assert.That(result.ExitCode, Is.Zero, "openssl " + string.Join(' ', arguments) + ": " + result.Describe());
        return result.StandardOutput;
    }
}
