using System.Formats.Asn1;

namespace MyProxy.Crypto.Proxies;

/// <summary>The decided shape of a new proxy: its format, policy and (for RFC 3820 and draft) its ProxyCertInfo value.</summary>
/// <param name="Format">The format.</param>
/// <param name="Policy">The effective policy, after limited inheritance.</param>
/// <param name="ProxyCertInfo">The extension value; <see langword="null"/> for a legacy proxy.</param>
internal sealed record ProxyProfile(ProxyCertificateFormat Format, ProxyPolicyKind Policy, ProxyCertInfo? ProxyCertInfo)
{
    /// <summary>Decides the profile from the issuing chain and the options, applying the Globus inheritance rules.</summary>
    /// <exception cref="MyProxyCryptoException">The options ask for something the issuer may not sign.</exception>
    public static ProxyProfile Resolve(IssuingChain issuer, ProxyOptions options)
    {
        var format = ResolveFormat(issuer, options.Format);
        var policy = ResolvePolicy(issuer, options.Policy);
        CheckPathLength(issuer, options.PathLength);
        if (format == ProxyCertificateFormat.Legacy)
        {
            return ResolveLegacy(policy, options);
        }

        var language = policy == ProxyPolicyKind.Restricted ? options.PolicyLanguage : ProxyCertInfo.LanguageFor(policy);
        CheckPolicyFields(policy, options);
        return new ProxyProfile(format, policy, new ProxyCertInfo(options.PathLength, language!, options.PolicyBytes));
    }

    private static ProxyCertificateFormat ResolveFormat(IssuingChain issuer, ProxyCertificateFormat? requested)
    {
        if (!issuer.IsProxy)
        {
            return requested ?? ProxyCertificateFormat.Rfc3820;
        }

        var inherited = issuer.Format!.Value;
        if (requested is { } format && format != inherited)
        {
            throw new MyProxyCryptoException(
                $"A {Describe(inherited)} proxy cannot sign a {Describe(format)} proxy; ask for the issuer's format or start again from the end-entity credential.");
        }

        return inherited;
    }

    private static ProxyPolicyKind ResolvePolicy(IssuingChain issuer, ProxyPolicyKind requested)
    {
        if (!issuer.IsLimited || requested is ProxyPolicyKind.Limited or ProxyPolicyKind.Independent)
        {
            return requested;
        }

        // GCT turns a full proxy asked of a limited issuer into a limited one; a restricted policy cannot be narrowed that way.
        return requested == ProxyPolicyKind.InheritAll
            ? ProxyPolicyKind.Limited
            : throw new MyProxyCryptoException("A limited proxy cannot sign a restricted proxy; ask for --limited or --independent.");
    }

    private static void CheckPathLength(IssuingChain issuer, int? requested)
    {
        if (requested is < 0)
        {
            throw new MyProxyCryptoException($"The proxy path length {requested} is negative; give 0 or more, or none for no limit.");
        }

        if (issuer.RemainingPathLength is not { } remaining)
        {
            return;
        }

        if (remaining == 0)
        {
            throw new MyProxyCryptoException("The issuing proxy allows no further proxies (path length 0); make a new proxy from the end-entity credential.");
        }

        if (requested > remaining - 1)
        {
            throw new MyProxyCryptoException(
                $"The path length {requested} exceeds what the issuing chain allows below the new proxy ({remaining - 1}); ask for {remaining - 1} or less.");
        }
    }

    private static ProxyProfile ResolveLegacy(ProxyPolicyKind policy, ProxyOptions options)
    {
        if (policy is not (ProxyPolicyKind.InheritAll or ProxyPolicyKind.Limited))
        {
            throw new MyProxyCryptoException($"A legacy proxy can only be full or limited, not {policy}; use the RFC 3820 format.");
        }

        if (options.PathLength is not null || options.PolicyLanguage is not null || options.PolicyBytes is not null)
        {
            throw new MyProxyCryptoException("A legacy proxy carries no path length or policy; use the RFC 3820 format.");
        }

        return new ProxyProfile(ProxyCertificateFormat.Legacy, policy, null);
    }

    private static void CheckPolicyFields(ProxyPolicyKind policy, ProxyOptions options)
    {
        if (policy == ProxyPolicyKind.Restricted && string.IsNullOrEmpty(options.PolicyLanguage))
        {
            throw new MyProxyCryptoException("A restricted proxy needs a policy language OID; give one, or ask for a full, limited or independent proxy.");
        }

        if (policy == ProxyPolicyKind.Restricted && !IsRestrictedLanguage(options.PolicyLanguage!))
        {
            throw new MyProxyCryptoException(
                $"The policy language '{options.PolicyLanguage}' is not a dotted OID of a restricted policy; give such an OID, or ask for a full, limited or independent proxy by name.");
        }

        if (policy != ProxyPolicyKind.Restricted && (options.PolicyLanguage is not null || options.PolicyBytes is not null))
        {
            // RFC 3820 §3.8.2: inheritAll and independent carry no policy; limited is a fixed language.
            throw new MyProxyCryptoException($"A {policy} proxy carries no policy language or bytes; ask for a restricted proxy to give a policy.");
        }
    }

    // A restricted language must be a real OID and not one of the three the library names itself.
    private static bool IsRestrictedLanguage(string oid)
    {
        try
        {
            new AsnWriter(AsnEncodingRules.DER).WriteObjectIdentifier(oid);
        }
        catch (ArgumentException)
        {
            return false;
        }

        return new ProxyCertInfo(null, oid).Kind == ProxyPolicyKind.Restricted;
    }

    private static string Describe(ProxyCertificateFormat format) => format switch
    {
        ProxyCertificateFormat.Rfc3820 => "RFC 3820",
        ProxyCertificateFormat.Draft => "draft (GT3)",
        _ => "legacy",
    };
}
