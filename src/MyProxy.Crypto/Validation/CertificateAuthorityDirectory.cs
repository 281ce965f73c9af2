using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using MyProxy.Crypto.Certificates;

namespace MyProxy.Crypto.Validation;

/// <summary>
/// Trusted CA certificates and their CRLs: an IGTF/Globus trust directory (<c>X509_CERT_DIR</c>: <c>hash.0</c>
/// CA certificates, <c>hash.r0</c> CRLs) or certificates given in memory. CAs are found by subject name,
/// compared as X.500 names, so file names (old or new OpenSSL hashes) do not matter.
/// </summary>
public sealed partial class CertificateAuthorityDirectory
{
    private readonly Dictionary<string, List<X509Certificate2>> _bySubject = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CertificateRevocationList>> _crlsByIssuer = new(StringComparer.Ordinal);
    private readonly HashSet<string> _thumbprints = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SigningPolicy> _signingPolicies = new(StringComparer.Ordinal);
    private readonly List<X509Certificate2> _certificates = [];
    private readonly List<string> _problems = [];

    private CertificateAuthorityDirectory(string? path) => DirectoryPath = path;

    /// <summary>The directory the CAs were read from; <see langword="null"/> for in-memory CAs.</summary>
    public string? DirectoryPath { get; }

    /// <summary>Every trusted CA certificate (duplicates removed).</summary>
    public IReadOnlyList<X509Certificate2> Certificates => _certificates;

    /// <summary>Files or inputs that could not be read, one line each (file name and reason); they were skipped.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>How the trust store is named in messages: the directory, or "the configured trusted CAs".</summary>
    public string Description => DirectoryPath is null ? "the configured trusted CAs" : $"trust directory {DirectoryPath}";

    /// <summary>
    /// Reads every <c>*.0</c>..<c>*.9</c> and <c>*.pem</c> CA certificate and every <c>*.r0</c>..<c>*.r9</c> CRL, PEM or DER, and
    /// the <c>hash.signing_policy</c> file of each <c>hash.N</c> CA (used only when <see cref="ProxyValidationOptions.ApplySigningPolicies"/> is on).
    /// </summary>
    /// <param name="directory">The trust directory, for example <c>/etc/grid-security/certificates</c>.</param>
    /// <returns>The loaded directory; unreadable files are listed in <see cref="Problems"/>.</returns>
    /// <exception cref="MyProxyValidationException">The directory does not exist.</exception>
    public static CertificateAuthorityDirectory Load(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
        {
            throw new MyProxyValidationException(
                $"trust directory {directory} does not exist; set X509_CERT_DIR or run `myproxy get-trustroots -b`");
        }

        var result = new CertificateAuthorityDirectory(directory);
        foreach (var file in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (CertificateFileName().IsMatch(name))
            {
                result.AddCertificateFile(file, name);
            }
            else if (CrlFileName().IsMatch(name))
            {
                result.AddCrlFile(file, name);
            }
        }

        return result;
    }

    /// <summary>Trusts the given CA certificates (and CRLs) without reading files.</summary>
    /// <param name="certificateAuthorities">The trusted CAs.</param>
    /// <param name="crls">DER CRLs of those CAs, if any.</param>
    /// <returns>The in-memory directory; undecodable CRLs are listed in <see cref="Problems"/>.</returns>
    public static CertificateAuthorityDirectory FromCertificates(IEnumerable<X509Certificate2> certificateAuthorities, IEnumerable<byte[]>? crls = null)
    {
        ArgumentNullException.ThrowIfNull(certificateAuthorities);
        var result = new CertificateAuthorityDirectory(null);
        foreach (var certificate in certificateAuthorities)
        {
            result.AddCertificate(certificate);
        }

        var index = 0;
        foreach (var crl in crls ?? [])
        {
            result.AddCrl(crl, $"CRL {index++}");
        }

        return result;
    }

    /// <summary>The trusted CAs whose subject is <paramref name="subject"/>.</summary>
    /// <param name="subject">A name, compared as an X.500 name.</param>
    /// <returns>The matching CAs (several when a CA was re-keyed), or an empty list.</returns>
    public IReadOnlyList<X509Certificate2> FindBySubject(X500DistinguishedName subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var key = DistinguishedNames.CanonicalKey(subject);
        return key is not null && _bySubject.TryGetValue(key, out var list) ? list : [];
    }

    /// <summary>Whether exactly this certificate is trusted.</summary>
    /// <param name="certificate">A certificate.</param>
    /// <returns><see langword="true"/> when the directory holds the same certificate.</returns>
    public bool Contains(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return _thumbprints.Contains(certificate.GetCertHashString(HashAlgorithmName.SHA256));
    }

    /// <summary>The signing policy read for this CA, if its directory had one.</summary>
    internal SigningPolicy? FindSigningPolicy(X509Certificate2 ca) =>
        _signingPolicies.GetValueOrDefault(ca.GetCertHashString(HashAlgorithmName.SHA256));

    internal IReadOnlyList<CertificateRevocationList> FindCrls(X500DistinguishedName issuer)
    {
        var key = DistinguishedNames.CanonicalKey(issuer);
        return key is not null && _crlsByIssuer.TryGetValue(key, out var list) ? list : [];
    }

    [GeneratedRegex(@"(\.[0-9]|\.pem)$", RegexOptions.CultureInvariant)]
    private static partial Regex CertificateFileName();

    [GeneratedRegex(@"\.r[0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex CrlFileName();

    private void AddCertificateFile(string file, string name)
    {
        try
        {
            var bytes = File.ReadAllBytes(file);
            var certificates = new X509Certificate2Collection();
            if (IsPem(bytes))
            {
                certificates.ImportFromPem(Encoding.ASCII.GetString(bytes));
            }
            else
            {
                certificates.Add(X509CertificateLoader.LoadCertificate(bytes));
            }

            if (certificates.Count == 0)
            {
                _problems.Add($"{name}: no certificate in the file");
            }

            var policy = ReadSigningPolicy(file);
            foreach (var certificate in certificates)
            {
                AddCertificate(certificate);
                if (policy is not null)
                {
                    _signingPolicies[certificate.GetCertHashString(HashAlgorithmName.SHA256)] = policy;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or CryptographicException)
        {
            _problems.Add($"{name}: {exception.Message}");
        }
    }

    private SigningPolicy? ReadSigningPolicy(string certificateFile)
    {
        var policyFile = Path.ChangeExtension(certificateFile, ".signing_policy");
        if (policyFile == certificateFile || !File.Exists(policyFile))
        {
            return null;
        }

        try
        {
            return SigningPolicy.Parse(File.ReadAllText(policyFile));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _problems.Add($"{Path.GetFileName(policyFile)}: {exception.Message}");
            return null;
        }
    }

    private void AddCrlFile(string file, string name)
    {
        try
        {
            var bytes = File.ReadAllBytes(file);
            if (!IsPem(bytes))
            {
                AddCrl(bytes, name);
                return;
            }

            var text = Encoding.ASCII.GetString(bytes);
            var found = 0;
            while (PemEncoding.TryFind(text, out var fields))
            {
                if (text[fields.Label].SequenceEqual("X509 CRL"))
                {
                    AddCrl(Convert.FromBase64String(text[fields.Base64Data].ToString()), name);
                    found++;
                }

                text = text[fields.Location.End..];
            }

            if (found == 0)
            {
                _problems.Add($"{name}: no X509 CRL block in the file");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            _problems.Add($"{name}: {exception.Message}");
        }
    }

    private void AddCertificate(X509Certificate2 certificate)
    {
        var key = DistinguishedNames.CanonicalKey(certificate.SubjectName);
        if (key is null)
        {
            _problems.Add($"{certificate.Subject}: the subject name cannot be decoded");
            return;
        }

        if (!_thumbprints.Add(certificate.GetCertHashString(HashAlgorithmName.SHA256)))
        {
            return;
        }

        _certificates.Add(certificate);
        if (!_bySubject.TryGetValue(key, out var list))
        {
            _bySubject[key] = list = [];
        }

        list.Add(certificate);
    }

    private void AddCrl(byte[] der, string name)
    {
        try
        {
            var crl = CertificateRevocationList.Parse(der);
            var key = DistinguishedNames.CanonicalKey(crl.Issuer) ?? throw new AsnContentException("undecodable issuer name");
            if (!_crlsByIssuer.TryGetValue(key, out var list))
            {
                _crlsByIssuer[key] = list = [];
            }

            list.Add(crl);
        }
        catch (AsnContentException exception)
        {
            _problems.Add($"{name}: not a DER CRL ({exception.Message})");
        }
    }

    private static bool IsPem(byte[] bytes) => bytes.AsSpan().IndexOf("-----BEGIN"u8) >= 0;
}
