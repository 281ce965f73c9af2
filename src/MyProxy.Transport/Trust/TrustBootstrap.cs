using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto;
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
    private readonly ICryptoProvider _crypto;

    /// <summary>Creates a bootstrap.</summary>
    /// <param name="onTrusted">Told about the CA as soon as it is accepted, before the connection is used.</param>
    /// <param name="time">The clock for validity checks; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="crypto">Verifies the CA's signature on the server certificate; the System backend when <see langword="null"/>.</param>
    public TrustBootstrap(Action<BootstrapTrustAnchor> onTrusted, TimeProvider? time = null, ICryptoProvider? crypto = null)
    {
        ArgumentNullException.ThrowIfNull(onTrusted);
        _onTrusted = onTrusted;
        _time = time ?? TimeProvider.System;
        _crypto = crypto ?? CryptoProviders.For(CryptoBackend.System);
    }

    /// <summary>The CA accepted by the last successful validation, or <see langword="null"/>.</summary>
    public BootstrapTrustAnchor? TrustedAuthority { get; private set; }

    /// <inheritdoc/>
    public ChainValidationResult Validate(IReadOnlyList<X509Certificate2> chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        if (chain.Count == 0)
        {
            return Refuse(ChainValidationRule.MalformedChain, "the server sent no certificate");
        }

        var server = chain[0];
        if (server.SubjectName.RawData.AsSpan().SequenceEqual(server.IssuerName.RawData))
        {
            return Refuse(ChainValidationRule.UntrustedIssuer, "the server's certificate is self-issued; bootstrap trusts only the CA that issued a server certificate");
        }

        var issuer = chain.Skip(1).FirstOrDefault(candidate => IsIssuerOf(candidate, server));
        if (issuer is null)
        {
            return Refuse(ChainValidationRule.UntrustedIssuer,
                $"the server did not send the CA that issued its certificate ({DistinguishedNameText.ToSlashForm(server.IssuerName)}); install that CA by hand");
        }

        // The server's path checked by the real validator with that one CA as the only anchor: signature, dates of
        // both, CA flags and key usage, critical extensions; each failure keeps its own rule.
        var verdict = new ProxyChainValidator(_crypto, CertificateAuthorityDirectory.FromCertificates([issuer]), time: _time).Validate([server]);
        if (!verdict.IsValid)
        {
            return verdict with { Failures = [.. verdict.Failures.Select(failure => failure with { Message = Refused(failure.Message) })] };
        }

        var anchor = new BootstrapTrustAnchor(
            DistinguishedNameText.ToSlashForm(issuer.SubjectName),
            Fingerprint(issuer),
            issuer.RawData,
            DistinguishedNameText.ToSlashForm(server.SubjectName));
        TrustedAuthority = anchor;
        _onTrusted(anchor);
        return verdict;
    }

    private static bool IsIssuerOf(X509Certificate2 candidate, X509Certificate2 server) =>
        candidate.SubjectName.RawData.AsSpan().SequenceEqual(server.IssuerName.RawData)
        && candidate.Extensions.OfType<X509BasicConstraintsExtension>().Any(constraints => constraints.CertificateAuthority);

    private static string Fingerprint(X509Certificate2 certificate) =>
        string.Join(':', Convert.ToHexString(SHA256.HashData(certificate.RawData)).Chunk(2).Select(pair => new string(pair)));

    private static string Refused(string message) => $"trust bootstrap refused: {message}";

    private static ChainValidationResult Refuse(ChainValidationRule rule, string message) => new()
    {
        Failures = [new ChainValidationFailure(-1, string.Empty, rule, Refused(message))],
    };
}
