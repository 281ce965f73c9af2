using System.Text.RegularExpressions;

namespace MyProxy.Crypto.Validation;

/// <summary>
/// The CA and CRL file names of a trust directory, listed once and grouped by the OpenSSL name hash they carry
/// (<c>880cfa8a.0</c>, <c>880cfa8a.r0</c>), so that a lookup reads only the files named for the name it wants.
/// </summary>
internal sealed partial class TrustDirectoryListing
{
    private readonly Dictionary<string, List<string>> _certificatesByStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _crlsByStem = new(StringComparer.Ordinal);

    public TrustDirectoryListing(string directory)
    {
        var certificates = new List<string>();
        var crls = new List<string>();
        foreach (var name in Directory.EnumerateFiles(directory).Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal))
        {
            if (CertificateFileName().IsMatch(name))
            {
                certificates.Add(name);
                AddByStem(_certificatesByStem, name, HashedCertificateName());
            }
            else if (CrlFileName().IsMatch(name))
            {
                crls.Add(name);
                AddByStem(_crlsByStem, name, HashedCrlName());
            }
        }

        CertificateFiles = certificates;
        CrlFiles = crls;
        // A CRL whose name is no CA file's hash says nothing about whose it is, so every lookup must read it.
        UnattributedCrlFiles = crls.Where(name => !HashedCrlName().IsMatch(name) || !_certificatesByStem.ContainsKey(name[..8])).ToList();
    }

    /// <summary>Every <c>*.0</c>..<c>*.9</c> and <c>*.pem</c> file, in ordinal order.</summary>
    public IReadOnlyList<string> CertificateFiles { get; }

    /// <summary>Every <c>*.r0</c>..<c>*.r9</c> file, in ordinal order.</summary>
    public IReadOnlyList<string> CrlFiles { get; }

    /// <summary>CRL files not named for the hash of any CA file in the directory.</summary>
    public IReadOnlyList<string> UnattributedCrlFiles { get; }

    /// <summary>The CA files named <c><paramref name="stem"/>.0</c>..<c>.9</c>.</summary>
    public IReadOnlyList<string> CertificatesNamed(string stem) => _certificatesByStem.GetValueOrDefault(stem) ?? [];

    /// <summary>The CRL files named <c><paramref name="stem"/>.r0</c>..<c>.r9</c>.</summary>
    public IReadOnlyList<string> CrlsNamed(string stem) => _crlsByStem.GetValueOrDefault(stem) ?? [];

    private static void AddByStem(Dictionary<string, List<string>> byStem, string name, Regex hashed)
    {
        if (!hashed.IsMatch(name))
        {
            return;
        }

        var stem = name[..8];
        if (!byStem.TryGetValue(stem, out var list))
        {
            byStem[stem] = list = [];
        }

        list.Add(name);
    }

    [GeneratedRegex(@"(\.[0-9]|\.pem)$", RegexOptions.CultureInvariant)]
    private static partial Regex CertificateFileName();

    [GeneratedRegex(@"\.r[0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex CrlFileName();

    [GeneratedRegex(@"^[0-9a-f]{8}\.[0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex HashedCertificateName();

    [GeneratedRegex(@"^[0-9a-f]{8}\.r[0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex HashedCrlName();
}
