using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;

namespace MyProxy.Crypto.Validation;

/// <summary>
/// Trusted CA certificates and their CRLs: an IGTF/Globus trust directory (<c>X509_CERT_DIR</c>: <c>hash.0</c>
/// CA certificates, <c>hash.r0</c> CRLs) or certificates given in memory. CAs are found by subject name,
/// compared as X.500 names, so file names (old or new OpenSSL hashes) do not matter for what is trusted; they only
/// decide how much is read (see <see cref="Load"/>). Safe to share between threads.
/// </summary>
public sealed class CertificateAuthorityDirectory
{
    private readonly Dictionary<string, List<X509Certificate2>> _bySubject = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CertificateRevocationList>> _crlsByIssuer = new(StringComparer.Ordinal);
    private readonly HashSet<string> _thumbprints = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SigningPolicy> _signingPolicies = new(StringComparer.Ordinal);
    private readonly List<X509Certificate2> _certificates = [];
    private readonly List<string> _problems = [];
    private readonly Lock _gate = new();
    private readonly TrustDirectoryListing? _listing;
    private readonly HashSet<string> _filesRead = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stemsRead = new(StringComparer.Ordinal);
    private bool _unattributedCrlsRead;
    private bool _allRead;

    private CertificateAuthorityDirectory(string? path, TrustDirectoryListing? listing)
    {
        DirectoryPath = path;
        _listing = listing;
        _allRead = listing is null;
    }

    /// <summary>The directory the CAs were read from; <see langword="null"/> for in-memory CAs.</summary>
    public string? DirectoryPath { get; }

    /// <summary>Every trusted CA certificate (duplicates removed); reads every file of a directory not yet read.</summary>
    public IReadOnlyList<X509Certificate2> Certificates
    {
        get
        {
            lock (_gate)
            {
                ReadAll();
                return [.. _certificates];
            }
        }
    }

    /// <summary>Files or inputs that could not be read, one line each (file name and reason); they were skipped. Reads every file not yet read.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_gate)
            {
                ReadAll();
                return [.. _problems];
            }
        }
    }

    /// <summary>How the trust store is named in messages: the directory, or "the configured trusted CAs".</summary>
    public string Description => DirectoryPath is null ? "the configured trusted CAs" : $"trust directory {DirectoryPath}";

    /// <summary>
    /// Lists a trust directory's <c>*.0</c>..<c>*.9</c> and <c>*.pem</c> CA certificates and <c>*.r0</c>..<c>*.r9</c>
    /// CRLs, PEM or DER, with the <c>hash.signing_policy</c> file of each <c>hash.N</c> CA (used only when
    /// <see cref="ProxyValidationOptions.ApplySigningPolicies"/> is on), and reads them as they are needed, the way
    /// OpenSSL's hash lookup does: looking up a name reads the CA files and CRLs named for its OpenSSL hash, and the
    /// CRLs named for no CA's hash. When those files hold no CA of that name, every file is read, so a CA in a
    /// file named some other way is still found.
    /// </summary>
    /// <param name="directory">The trust directory, for example <c>/etc/grid-security/certificates</c>.</param>
    /// <returns>The directory; unreadable files are listed in <see cref="Problems"/>.</returns>
    /// <exception cref="MyProxyValidationException">The directory does not exist.</exception>
    public static CertificateAuthorityDirectory Load(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
        {
            throw new MyProxyValidationException(
                $"trust directory {directory} does not exist; set X509_CERT_DIR or run `myproxy get-trustroots -b`");
        }

        return new CertificateAuthorityDirectory(directory, new TrustDirectoryListing(directory));
    }

    /// <summary>Trusts the given CA certificates (and CRLs) without reading files.</summary>
    /// <param name="certificateAuthorities">The trusted CAs.</param>
    /// <param name="crls">DER CRLs of those CAs, if any.</param>
    /// <returns>The in-memory directory; undecodable CRLs are listed in <see cref="Problems"/>.</returns>
    public static CertificateAuthorityDirectory FromCertificates(IEnumerable<X509Certificate2> certificateAuthorities, IEnumerable<byte[]>? crls = null)
    {
        ArgumentNullException.ThrowIfNull(certificateAuthorities);
        var result = new CertificateAuthorityDirectory(null, null);
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
        if (key is null)
        {
            return [];
        }

        lock (_gate)
        {
            ReadFilesNamedFor(subject);
            if (!_bySubject.ContainsKey(key))
            {
                ReadAll();
            }

            return _bySubject.TryGetValue(key, out var list) ? [.. list] : [];
        }
    }

    /// <summary>Whether exactly this certificate is trusted.</summary>
    /// <param name="certificate">A certificate.</param>
    /// <returns><see langword="true"/> when the directory holds the same certificate.</returns>
    public bool Contains(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var thumbprint = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        lock (_gate)
        {
            ReadFilesNamedFor(certificate.SubjectName);
            if (!_thumbprints.Contains(thumbprint))
            {
                ReadAll();
            }

            return _thumbprints.Contains(thumbprint);
        }
    }

    /// <summary>The signing policy read for this CA, if its directory had one.</summary>
    internal SigningPolicy? FindSigningPolicy(X509Certificate2 ca)
    {
        lock (_gate)
        {
            ReadFilesNamedFor(ca.SubjectName);
            return _signingPolicies.GetValueOrDefault(ca.GetCertHashString(HashAlgorithmName.SHA256));
        }
    }

    /// <summary>The CRLs of <paramref name="issuer"/>: those named for its hash, those named for no CA, and any read before.</summary>
    internal IReadOnlyList<CertificateRevocationList> FindCrls(X500DistinguishedName issuer)
    {
        var key = DistinguishedNames.CanonicalKey(issuer);
        if (key is null)
        {
            return [];
        }

        lock (_gate)
        {
            ReadFilesNamedFor(issuer);
            return _crlsByIssuer.TryGetValue(key, out var list) ? [.. list] : [];
        }
    }

    /// <summary>How many files have been read so far (the lookups read a directory lazily).</summary>
    internal int FilesRead
    {
        get
        {
            lock (_gate)
            {
                return _filesRead.Count;
            }
        }
    }

    private void ReadFilesNamedFor(X500DistinguishedName name)
    {
        if (_allRead || _listing is null)
        {
            return;
        }

        if (OpenSslNameHash.FileStem(name) is not { } stem)
        {
            ReadAll();
            return;
        }

        if (_stemsRead.Add(stem))
        {
            foreach (var file in _listing.CertificatesNamed(stem))
            {
                ReadCertificateFile(file);
            }

            foreach (var file in _listing.CrlsNamed(stem))
            {
                ReadCrlFile(file);
            }
        }

        if (!_unattributedCrlsRead)
        {
            foreach (var file in _listing.UnattributedCrlFiles)
            {
                ReadCrlFile(file);
            }

            _unattributedCrlsRead = true;
        }
    }

    private void ReadAll()
    {
        if (_allRead || _listing is null)
        {
            return;
        }

        foreach (var file in _listing.CertificateFiles)
        {
            ReadCertificateFile(file);
        }

        foreach (var file in _listing.CrlFiles)
        {
            ReadCrlFile(file);
        }

        _allRead = true;
    }

    private void ReadCertificateFile(string name)
    {
        if (_filesRead.Add(name))
        {
            var (certificates, policy) = TrustDirectoryFile.ReadCertificates(Path.Combine(DirectoryPath!, name), name, _problems);
            foreach (var certificate in certificates)
            {
                AddCertificate(certificate);
                if (policy is not null)
                {
                    _signingPolicies[certificate.GetCertHashString(HashAlgorithmName.SHA256)] = policy;
                }
            }
        }
    }

    private void ReadCrlFile(string name)
    {
        if (_filesRead.Add(name))
        {
            foreach (var crl in TrustDirectoryFile.ReadCrls(Path.Combine(DirectoryPath!, name), name, _problems))
            {
                AddCrl(crl, name);
            }
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
}
