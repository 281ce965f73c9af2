using System.Globalization;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Crypto;

/// <summary>Makes proxy files with grid-proxy-init or by hand with openssl, and has each one observed.</summary>
internal sealed class VectorFactory
{
    private readonly VectorAuthority _authority;
    private readonly string _directory;
    private readonly string _passPhrase;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly VectorObserver _observer;
    private readonly Dictionary<string, ProxyVector> _vectors = new(StringComparer.Ordinal);
    private int _nextSerial = 1000;

    public VectorFactory(VectorAuthority authority, string directory, string passPhrase)
    {
        _authority = authority;
        _directory = directory;
        _passPhrase = passPhrase;
        var home = Directory.CreateDirectory(Path.Combine(directory, "home")).FullName;
        _environment = new Dictionary<string, string>
        {
            ["X509_CERT_DIR"] = authority.TrustDirectory,
            ["X509_USER_PROXY"] = Path.Combine(home, "no-such-proxy"),
            ["HOME"] = home,
        };
        _observer = new VectorObserver(authority, _environment);
        Directory.CreateDirectory(Path.Combine(directory, "vectors"));
    }

    public List<ProxyVector> Vectors { get; } = [];

    public List<RefusedProxy> Refusals { get; } = [];

    public ProxyVector this[string name] => _vectors[name];

    /// <summary>Runs grid-proxy-init from the user certificate, or from <paramref name="issuer"/> when given.</summary>
    public async Task GenerateAsync(string name, IReadOnlyList<string> options, string? issuer = null)
    {
        var output = PathOf(name);
        var (certificate, key) = issuer is null ? (_authority.UserCertificatePath, _authority.UserKeyPath) : (this[issuer].Path, this[issuer].Path);
        var recipe = string.Join(' ', options) + (issuer is null ? string.Empty : $" (-cert/-key {issuer})");
        var result = await ExternalTool.RunAsync(
            "grid-proxy-init",
            ["-pwstdin", "-cert", certificate, "-key", key, "-out", output, "-valid", "1:00", .. options],
            _environment,
            _passPhrase + "\n");
        if (result.ExitCode != 0)
        {
            Refusals.Add(new RefusedProxy(name, recipe, result.ExitCode, (result.StandardOutput.Trim() + "\n" + result.StandardError.Trim()).Trim()));
            return;
        }

        await AddAsync(name, ProxyVectorOrigin.GridProxyInit, recipe, output);
    }

    /// <summary>Signs a new key with openssl x509 -req: subject and extensions exactly as given, issued by a vector or the user.</summary>
    public async Task HandMakeAsync(string name, string recipe, string subject, IReadOnlyList<string> extensions, string? issuer = null)
    {
        var key = Path.Combine(_directory, name + ".key");
        var request = Path.Combine(_directory, name + ".csr");
        var extensionFile = Path.Combine(_directory, name + ".cnf");
        var certificate = Path.Combine(_directory, name + ".cert.pem");
        await File.WriteAllLinesAsync(extensionFile, extensions);
        await ExternalTool.RunCheckedAsync(
            "openssl", ["req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", request, "-subj", subject]);
        var (issuerCertificate, issuerKey) = issuer is null ? (_authority.UserCertificatePath, _authority.UserKeyPath) : (this[issuer].Path, this[issuer].Path);
        var serial = (_nextSerial++).ToString(CultureInfo.InvariantCulture);
        await ExternalTool.RunCheckedAsync(
            "openssl",
            ["x509", "-req", "-in", request, "-CA", issuerCertificate, "-CAkey", issuerKey, "-passin", "stdin",
                "-set_serial", serial, "-days", "1", "-sha256", "-extfile", extensionFile, "-out", certificate],
            standardInput: _passPhrase + "\n");

        var issuerChain = PemBlocks.Read(issuerCertificate).Where(block => block.Label == PemBlocks.Certificate);
        var output = PathOf(name);
        PemBlocks.Write(output, [.. PemBlocks.Read(certificate), .. PemBlocks.Read(key), .. issuerChain]);
        await AddAsync(name, ProxyVectorOrigin.HandMade, recipe, output);
    }

    /// <summary>Copies a vector with one bit of its leaf's signature value flipped (the last byte of the DER).</summary>
    public async Task FlipSignatureBitAsync(string name, string source)
    {
        var blocks = PemBlocks.Read(this[source].Path);
        var leaf = (byte[])blocks[0].Data.Clone();
        leaf[^1] ^= 0x01;
        blocks[0] = (blocks[0].Label, leaf);
        var output = PathOf(name);
        PemBlocks.Write(output, blocks);
        await AddAsync(name, ProxyVectorOrigin.HandMade, $"{source} with the last bit of its signature flipped", output);
    }

    private string PathOf(string name) => Path.Combine(_directory, "vectors", name + ".pem");

    private async Task AddAsync(string name, ProxyVectorOrigin origin, string recipe, string path)
    {
        var vector = await _observer.ObserveAsync(name, origin, recipe, path);
        _vectors.Add(name, vector);
        Vectors.Add(vector);
    }
}
