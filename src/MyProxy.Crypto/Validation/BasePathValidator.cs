using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Validation;

/// <summary>
/// The end-entity part of a chain (RFC 5280 subset): from the end-entity certificate up through CAs found in
/// the chain or the trust directory to the first trusted CA, checking signatures, validity, CA flags, key usage,
/// CA path length, names and CRLs. Unrelated certificates in the chain are ignored.
/// </summary>
internal sealed class BasePathValidator
{
    private const int MaxDepth = 16;

    private readonly ICryptoProvider _crypto;
    private readonly CertificateAuthorityDirectory _trust;
    private readonly ProxyValidationOptions _options;
    private readonly DateTimeOffset _now;
    private readonly FailureList _failures;

    public BasePathValidator(ICryptoProvider crypto, CertificateAuthorityDirectory trust, ProxyValidationOptions options, DateTimeOffset now, FailureList failures)
    {
        _crypto = crypto;
        _trust = trust;
        _options = options;
        _now = now;
        _failures = failures;
    }

    /// <summary>Validates from <c>chain[endEntity]</c> upward; returns the trust anchor and the CAs on the path.</summary>
    public (X509Certificate2? Anchor, List<X509Certificate2> Path) Validate(IReadOnlyList<X509Certificate2> chain, IReadOnlyList<CertificateClassification> kinds, int endEntity)
    {
        var path = new List<X509Certificate2> { chain[endEntity] };
        CheckSelf(endEntity, chain[endEntity]);
        var current = chain[endEntity];
        var index = endEntity;
        for (var casBelow = 0; casBelow < MaxDepth; casBelow++)
        {
            if (index != endEntity && _trust.Contains(current))
            {
                return (current, path);
            }

            var anchor = _trust.FindBySubject(current.IssuerName).FirstOrDefault(ca => _crypto.VerifyCertificateSignature(current, ca.PublicKey));
            if (anchor is not null)
            {
                CheckIssuedBy(index, current, anchor, -1, casBelow, isAnchor: true);
                path.Add(anchor);
                return (anchor, path);
            }

            var candidates = Enumerable.Range(endEntity + 1, chain.Count - endEntity - 1)
                .Where(k => !kinds[k].IsProxy && !path.Contains(chain[k]) && chain[k].SubjectName.RawData.Length > 2
                    && DistinguishedNames.AreEquivalent(chain[k].SubjectName, current.IssuerName))
                .ToList();
            var next = candidates.Cast<int?>().FirstOrDefault(k => _crypto.VerifyCertificateSignature(current, chain[k!.Value].PublicKey));
            if (next is not { } nextIndex)
            {
                ReportNoIssuer(index, current, candidates.Count > 0 || _trust.FindBySubject(current.IssuerName).Count > 0);
                return (null, path);
            }

            var issuer = chain[nextIndex];
            CheckSelf(nextIndex, issuer);
            CheckIssuedBy(index, current, issuer, nextIndex, casBelow, isAnchor: false);
            path.Add(issuer);
            current = issuer;
            index = nextIndex;
        }

        _failures.Add(index, current, ChainValidationRule.MalformedChain, $"no trusted CA within {MaxDepth} certificates");
        return (null, path);
    }

    private void CheckSelf(int index, X509Certificate2 certificate)
    {
        CertificateChecks.Validity(_failures, index, certificate, _now, TimeSpan.Zero);
        CertificateChecks.CriticalExtensions(_failures, index, certificate, isProxy: false);
    }

    private void CheckIssuedBy(int index, X509Certificate2 certificate, X509Certificate2 issuer, int issuerIndex, int casBelow, bool isAnchor)
    {
        CertificateChecks.SignatureStrength(_failures, index, certificate, _options.RejectWeakSignatureOnBasePath);
        if (isAnchor)
        {
            CertificateChecks.Validity(_failures, issuerIndex, issuer, _now, TimeSpan.Zero);
        }

        CheckCertificateAuthority(issuerIndex, issuer, casBelow, isAnchor);
        CheckRevocation(index, certificate, issuer);
        CheckSigningPolicy(index, certificate, issuer);
    }

    private void CheckCertificateAuthority(int index, X509Certificate2 ca, int casBelow, bool isAnchor)
    {
        var name = FailureList.Name(ca.SubjectName);
        var constraints = CertificateChecks.BasicConstraints(ca);
        if (constraints is not { CertificateAuthority: true } && !(isAnchor && constraints is null && ca.Version < 3))
        {
            _failures.Add(index, ca, ChainValidationRule.NotCertificateAuthority, $"issuer {name} is not a CA (no basicConstraints cA=TRUE) but signs certificates");
        }

        if (CertificateChecks.KeyUsage(ca) is { } usage && !usage.KeyUsages.HasFlag(X509KeyUsageFlags.KeyCertSign))
        {
            _failures.Add(index, ca, ChainValidationRule.CertificateAuthorityKeyUsage, $"CA {name} key usage does not include keyCertSign");
        }

        if (constraints is { HasPathLengthConstraint: true } && constraints.PathLengthConstraint < casBelow)
        {
            _failures.Add(index, ca, ChainValidationRule.CertificateAuthorityPathLength,
                $"CA path length exceeded: CA {name} allows {constraints.PathLengthConstraint} CAs below it, {casBelow} found");
        }
    }

    private void CheckRevocation(int index, X509Certificate2 certificate, X509Certificate2 issuer)
    {
        if (_options.CrlMode == CrlMode.Ignore)
        {
            return;
        }

        var issuerName = FailureList.Name(issuer.SubjectName);
        var crls = _trust.FindCrls(issuer.SubjectName);
        if (crls.Count == 0)
        {
            if (_options.CrlMode == CrlMode.Require)
            {
                _failures.Add(index, certificate, ChainValidationRule.CrlMissing, $"no CRL for CA {issuerName} in {_trust.Description}; fetch CRLs (fetch-crl) or relax the CRL mode");
            }

            return;
        }

        foreach (var crl in crls)
        {
            if (!_crypto.VerifyCrlSignature(crl.Der, issuer.PublicKey))
            {
                _failures.Add(index, certificate, ChainValidationRule.CrlSignatureInvalid, $"the CRL of CA {issuerName} is not signed by that CA");
            }
            else if (crl.ThisUpdate > _now || crl.NextUpdate is { } next && next <= _now)
            {
                _failures.Add(index, certificate, ChainValidationRule.CrlNotCurrent,
                    $"the CRL of CA {issuerName} is not current (thisUpdate {crl.ThisUpdate:u}, nextUpdate {crl.NextUpdate:u}); fetch a new CRL");
            }
            else if (crl.IsRevoked(certificate))
            {
                _failures.Add(index, certificate, ChainValidationRule.Revoked, $"certificate revoked by CA {issuerName} (serial {certificate.SerialNumber})");
            }
        }
    }

    private void CheckSigningPolicy(int index, X509Certificate2 certificate, X509Certificate2 issuer)
    {
        if (_options.ApplySigningPolicies && _trust.FindSigningPolicy(issuer) is { } policy && !policy.Permits(issuer, certificate.SubjectName))
        {
            _failures.Add(index, certificate, ChainValidationRule.SigningPolicyViolation,
                $"the signing policy of CA {FailureList.Name(issuer.SubjectName)} does not allow the subject {FailureList.Name(certificate.SubjectName)}");
        }
    }

    private void ReportNoIssuer(int index, X509Certificate2 certificate, bool issuerFoundButSignatureBad)
    {
        var issuerName = FailureList.Name(certificate.IssuerName);
        if (issuerFoundButSignatureBad)
        {
            _failures.Add(index, certificate, ChainValidationRule.SignatureInvalid, $"signature does not verify with the key of its issuer {issuerName}");
            return;
        }

        _failures.Add(index, certificate, ChainValidationRule.UntrustedIssuer, $"issuer {issuerName} is not a trusted CA in {_trust.Description}");
    }
}
