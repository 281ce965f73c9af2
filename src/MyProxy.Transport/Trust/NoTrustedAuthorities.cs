using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Validation;
using MyProxy.Transport.Identity;

namespace MyProxy.Transport.Trust;

/// <summary>The validator when there is no trusted CA at all: every chain fails as untrusted, naming the directory.</summary>
internal sealed class NoTrustedAuthorities : ICertificateChainValidator
{
    private readonly string _where;

    public NoTrustedAuthorities(string? directory)
    {
        _where = string.IsNullOrWhiteSpace(directory)
            ? "no trust directory is configured (X509_CERT_DIR, ~/.globus/certificates, /etc/grid-security/certificates)"
            : Directory.Exists(directory) ? $"trust directory {directory} holds no CA certificate" : $"trust directory {directory} does not exist";
    }

    public ChainValidationResult Validate(IReadOnlyList<X509Certificate2> chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        var issuer = chain.Count == 0 ? "the server's CA" : $"issuer {DistinguishedNameText.ToSlashForm(chain[0].IssuerName)}";
        var subject = chain.Count == 0 ? string.Empty : DistinguishedNameText.ToSlashForm(chain[0].SubjectName);
        return new ChainValidationResult
        {
            Failures = [new ChainValidationFailure(chain.Count == 0 ? -1 : 0, subject, ChainValidationRule.UntrustedIssuer, $"{issuer} is not trusted: {_where}")],
        };
    }
}
