using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Validation;
using MyProxy.Transport.Identity;

namespace MyProxy.Transport.Trust;

/// <summary>
/// The explicit first-contact trust of <c>myproxy-get-trustroots -b</c>, narrowed: use it as
/// <see cref="TransportOptions.ServerChainValidator"/> for one connection and it accepts only the CA that issued
/// the server's certificate, which must be among the certificates the server sent, and only if that CA's
/// signature and the validity dates of both certificates hold. Every acceptance is reported to the callback
/// (subject and SHA-256 fingerprint) so that a tool can print it; nothing is trusted silently. The identity
/// policy still applies.
/// </summary>
public sealed class TrustBootstrap : ICertificateChainValidator
{
    private readonly Action<BootstrapTrustAnchor> _onTrusted;
    private readonly TimeProvider _time;

    /// <summary>Creates a bootstrap.</summary>
    /// <param name="onTrusted">Told about the CA as soon as it is accepted, before the connection is used.</param>
    /// <param name="time">The clock for validity checks; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public TrustBootstrap(Action<BootstrapTrustAnchor> onTrusted, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(onTrusted);
        _onTrusted = onTrusted;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The CA accepted by the last successful validation, or <see langword="null"/>.</summary>
    public BootstrapTrustAnchor? TrustedAuthority { get; private set; }

    /// <inheritdoc/>
    public ChainValidationResult Validate(IReadOnlyList<X509Certificate2> chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        if (chain.Count == 0)
        {
            return Refuse("the server sent no certificate");
        }

        var server = chain[0];
        if (server.SubjectName.RawData.AsSpan().SequenceEqual(server.IssuerName.RawData))
        {
            return Refuse("the server's certificate is self-issued; bootstrap trusts only the CA that issued a server certificate");
        }

        var issuer = chain.Skip(1).FirstOrDefault(candidate => IsIssuerOf(candidate, server));
        if (issuer is null)
        {
            return Refuse($"the server did not send the CA that issued its certificate ({DistinguishedNameText.ToSlashForm(server.IssuerName)}); install that CA by hand");
        }

        var problem = VerifyIssuedBy(server, issuer);
        if (problem is not null)
        {
            return Refuse(problem);
        }

        var anchor = new BootstrapTrustAnchor(
            DistinguishedNameText.ToSlashForm(issuer.SubjectName),
            Fingerprint(issuer),
            issuer.RawData,
            DistinguishedNameText.ToSlashForm(server.SubjectName));
        TrustedAuthority = anchor;
        _onTrusted(anchor);
        return new ChainValidationResult { Failures = [], TrustAnchor = issuer, EndEntityCertificate = server };
    }

    private static bool IsIssuerOf(X509Certificate2 candidate, X509Certificate2 server) =>
        candidate.SubjectName.RawData.AsSpan().SequenceEqual(server.IssuerName.RawData)
        && candidate.Extensions.OfType<X509BasicConstraintsExtension>().Any(constraints => constraints.CertificateAuthority);

    private string? VerifyIssuedBy(X509Certificate2 server, X509Certificate2 issuer)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(issuer);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = _time.GetUtcNow().UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        if (chain.Build(server) && chain.ChainElements.Count == 2)
        {
            return null;
        }

        var statuses = chain.ChainElements.SelectMany(element => element.ChainElementStatus)
            .Concat(chain.ChainStatus)
            .Select(status => status.StatusInformation.Trim())
            .Where(text => text.Length > 0)
            .Distinct();
        return $"the server's certificate does not verify against the CA it names: {string.Join("; ", statuses)}";
    }

    private static string Fingerprint(X509Certificate2 certificate) =>
        string.Join(':', Convert.ToHexString(SHA256.HashData(certificate.RawData)).Chunk(2).Select(pair => new string(pair)));

    private static ChainValidationResult Refuse(string message) => new()
    {
        Failures = [new ChainValidationFailure(-1, string.Empty, ChainValidationRule.MalformedChain, $"trust bootstrap refused: {message}")],
    };
}
