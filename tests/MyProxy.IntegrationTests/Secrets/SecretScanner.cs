using System.Security.Cryptography;

namespace MyProxy.IntegrationTests.Secrets;

/// <summary>
/// What must never appear in text the user or a log sees: every pass phrase used, and for every private key
/// the base64 lines of its PEM forms (PKCS#8, PKCS#1 / SEC 1) and its private numbers in hex and base64.
/// </summary>
internal sealed class SecretScanner
{
    // A base64 run shorter than this could occur by chance in public text; a PEM body line is 64.
    private const int ShortestBase64 = 24;

    // Hex is searched in 16-byte windows: any dump of 32 bytes or more contains one of them whole.
    private const int HexWindow = 16;

    private readonly List<(string Label, string Needle)> _needles = [];

    public int Count => _needles.Count;

    public void AddPassphrase(string label, string passphrase)
    {
        ArgumentException.ThrowIfNullOrEmpty(passphrase);
        _needles.Add(($"pass phrase {label}", passphrase));
    }

    public void AddKey(string label, AsymmetricAlgorithm key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var (pkcs8, traditional, publicDer, numbers) = Encodings(key);
        var publicBase64 = Convert.ToBase64String(publicDer);
        foreach (var (form, der) in new[] { ("PKCS#8", pkcs8), ("PKCS#1/SEC 1", traditional) })
        {
            var lines = Convert.ToBase64String(der).Chunk(64).Select(chunk => new string(chunk)).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                // A line that also encodes the public key is not a leak of the private one.
                if (lines[i].Length >= ShortestBase64 && !publicBase64.Contains(lines[i], StringComparison.Ordinal))
                {
                    _needles.Add(($"key {label}: {form} PEM line {i + 1}", lines[i]));
                }
            }
        }

        foreach (var (name, value) in numbers)
        {
            AddNumber($"key {label}: {name}", value);
        }
    }

    /// <summary>The secrets found in <paramref name="text"/>, by label (never the secret itself).</summary>
    public IReadOnlyList<string> Find(string text) =>
        [.. _needles.Where(entry => text.Contains(entry.Needle, StringComparison.Ordinal)).Select(entry => entry.Label).Distinct()];

    private void AddNumber(string label, byte[] value)
    {
        _needles.Add(($"{label} (base64)", Convert.ToBase64String(value)));
        for (var offset = 0; offset + HexWindow <= value.Length; offset += HexWindow)
        {
            var window = value.AsSpan(offset, HexWindow);
            _needles.Add(($"{label} (hex)", Convert.ToHexStringLower(window)));
            _needles.Add(($"{label} (HEX)", Convert.ToHexString(window)));
        }
    }

    private static (byte[] Pkcs8, byte[] Traditional, byte[] PublicDer, (string, byte[])[] Numbers) Encodings(AsymmetricAlgorithm key)
    {
        switch (key)
        {
            case RSA rsa:
                var p = rsa.ExportParameters(includePrivateParameters: true);
                return (rsa.ExportPkcs8PrivateKey(), rsa.ExportRSAPrivateKey(), rsa.ExportSubjectPublicKeyInfo(),
                    [("d", p.D!), ("p", p.P!), ("q", p.Q!), ("dp", p.DP!), ("dq", p.DQ!), ("qinv", p.InverseQ!)]);
            case ECDsa ec:
                return (ec.ExportPkcs8PrivateKey(), ec.ExportECPrivateKey(), ec.ExportSubjectPublicKeyInfo(),
                    [("d", ec.ExportParameters(includePrivateParameters: true).D!)]);
            default:
                throw new ArgumentException($"no scanner for {key.GetType().Name} keys", nameof(key));
        }
    }
}
