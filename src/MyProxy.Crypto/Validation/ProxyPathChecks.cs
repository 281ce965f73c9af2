using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Validation;

/// <summary>The per-pair checks of a proxy and its issuer (reference A.6.2) and the path-length pass (A.6.3).</summary>
internal sealed class ProxyPathChecks
{
    private readonly ICryptoProvider _crypto;
    private readonly ProxyValidationOptions _options;
    private readonly DateTimeOffset _now;
    private readonly FailureList _failures;

    public ProxyPathChecks(ICryptoProvider crypto, ProxyValidationOptions options, DateTimeOffset now, FailureList failures)
    {
        _crypto = crypto;
        _options = options;
        _now = now;
        _failures = failures;
    }

    /// <summary>Checks proxy <c>chain[i]</c> against its issuer <c>chain[i + 1]</c>.</summary>
    public void CheckPair(int i, X509Certificate2 proxy, CertificateClassification kind, bool claimsCa, X509Certificate2 issuer, CertificateClassification issuerKind)
    {
        CheckProfile(i, proxy, kind, claimsCa);
        if (!_crypto.VerifyCertificateSignature(proxy, issuer.PublicKey))
        {
            _failures.Add(i, proxy, ChainValidationRule.SignatureInvalid, $"signature does not verify with the key of its issuer {FailureList.Name(issuer.SubjectName)}");
        }

        CertificateChecks.SignatureStrength(_failures, i, proxy, _options.RejectWeakSignatureOnProxies);
        CertificateChecks.Validity(_failures, i, proxy, _now, _options.ProxyGracePeriod);
        CertificateChecks.CriticalExtensions(_failures, i, proxy, isProxy: true);
        CheckNames(i, proxy, issuer);
        CheckIssuer(i, proxy, issuer, issuerKind);
        if (issuerKind.IsProxy)
        {
            CheckInheritance(i, proxy, kind, issuerKind);
        }
    }

    /// <summary>For every proxy with a path-length constraint L at leaf-first position i, at most L proxies may follow: i ≤ L.</summary>
    public void CheckPathLength(IReadOnlyList<X509Certificate2> chain, IReadOnlyList<CertificateClassification> kinds, int endEntity)
    {
        for (var i = 0; i < endEntity; i++)
        {
            if (kinds[i].ProxyCertInfo?.PathLength is not { } limit)
            {
                continue;
            }

            if (i > limit)
            {
                _failures.Add(i, chain[i], ChainValidationRule.ProxyPathLengthExceeded, $"proxy path length exceeded: certificate {i} allows {limit} further proxies");
            }
        }
    }

    private void CheckProfile(int i, X509Certificate2 proxy, CertificateClassification kind, bool claimsCa)
    {
        if (kind.Problem is { } problem)
        {
            _failures.Add(i, proxy, ChainValidationRule.ProxyCertInfoMalformed, problem);
        }

        if (kind.Format == ProxyCertificateFormat.Legacy && !_options.AllowLegacy || kind.Format == ProxyCertificateFormat.Draft && !_options.AllowDraft)
        {
            _failures.Add(i, proxy, ChainValidationRule.ProxyFormatNotAllowed, $"{kind.Format} proxies are not accepted by this validator's options");
        }

        if (kind.Format != ProxyCertificateFormat.Legacy && kind.Problem is null && !kind.IsProxyCertInfoCritical)
        {
            _failures.Add(i, proxy, ChainValidationRule.ProxyCertInfoNotCritical, "the ProxyCertInfo extension is not critical (RFC 3820 §3.8 requires it)");
        }

        if (claimsCa)
        {
            _failures.Add(i, proxy, ChainValidationRule.ProxyCertificateAuthorityFlag, "a proxy must not assert basicConstraints cA=TRUE");
        }

        if (proxy.Extensions.Any(extension => extension.Oid?.Value is "2.5.29.17" or "2.5.29.18"))
        {
            _failures.Add(i, proxy, ChainValidationRule.ProxyAlternativeName, "a proxy must not carry subjectAltName or issuerAltName");
        }

        if (kind.Policy == ProxyPolicyKind.Restricted && kind.ProxyCertInfo is { } info && !_options.AllowedRestrictedPolicyLanguages.Contains(info.PolicyLanguage))
        {
            _failures.Add(i, proxy, ChainValidationRule.ProxyRestrictedPolicy, $"restricted proxy with policy language {info.PolicyLanguage}, which this relying party does not evaluate");
        }
    }

    private void CheckNames(int i, X509Certificate2 proxy, X509Certificate2 issuer)
    {
        if (!DistinguishedNames.AreEquivalent(proxy.IssuerName, issuer.SubjectName))
        {
            _failures.Add(i, proxy, ChainValidationRule.IssuerNameMismatch, $"issuer name {FailureList.Name(proxy.IssuerName)} does not match the signer's subject");
        }

        var problem = ProxySubjectRule.Check(proxy.SubjectName, issuer.SubjectName);
        if (problem is not null)
        {
            _failures.Add(i, proxy, ChainValidationRule.ProxySubjectMismatch, problem);
        }
    }

    private void CheckIssuer(int i, X509Certificate2 proxy, X509Certificate2 issuer, CertificateClassification issuerKind)
    {
        if (issuerKind.Kind == CertificateKind.CertificateAuthority)
        {
            _failures.Add(i, proxy, ChainValidationRule.ProxyIssuedByCertificateAuthority, $"proxy issued directly by CA {FailureList.Name(issuer.SubjectName)}");
        }

        if (CertificateChecks.KeyUsage(issuer) is { } usage && !usage.KeyUsages.HasFlag(X509KeyUsageFlags.DigitalSignature))
        {
            _failures.Add(i, proxy, ChainValidationRule.ProxyIssuerKeyUsage, "the proxy's issuer has key usage without digitalSignature (RFC 3820 §3.1)");
        }
    }

    private void CheckInheritance(int i, X509Certificate2 proxy, CertificateClassification kind, CertificateClassification issuerKind)
    {
        if (kind.Format != issuerKind.Format)
        {
            _failures.Add(i, proxy, ChainValidationRule.ProxyFormatMixed, $"mixed proxy formats: a {issuerKind.Format} proxy signed this {kind.Format} proxy");
        }

        var independentAllowed = kind.Policy == ProxyPolicyKind.Independent && _options.AllowIndependentBelowLimited;
        if (issuerKind.IsLimited && !kind.IsLimited && !independentAllowed)
        {
            _failures.Add(i, proxy, ChainValidationRule.ProxyLimitedToFull, $"a limited proxy signed this {kind.Policy} proxy; only limited proxies may follow a limited proxy");
        }
    }
}
