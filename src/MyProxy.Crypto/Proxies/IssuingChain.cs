using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Crypto.Proxies;

/// <summary>
/// What an issuing credential's chain allows: whether its leaf is an end-entity certificate or a proxy, the
/// proxies' format, whether any is limited, how many more proxies it may sign (RFC 3820 §4.1.3 path length),
/// and the earliest end of validity in the chain.
/// </summary>
internal sealed class IssuingChain
{
    private IssuingChain(CertificateClassification leaf, bool isLimited, int? remainingPathLength, DateTimeOffset notAfter)
    {
        Leaf = leaf;
        IsLimited = isLimited;
        RemainingPathLength = remainingPathLength;
        NotAfter = notAfter;
    }

    /// <summary>The classification of the issuing certificate.</summary>
    public CertificateClassification Leaf { get; }

    /// <summary>Whether the issuer is a proxy.</summary>
    public bool IsProxy => Leaf.IsProxy;

    /// <summary>The format of the issuing proxies; <see langword="null"/> for an end-entity issuer.</summary>
    public ProxyCertificateFormat? Format => Leaf.Format;

    /// <summary>Whether a proxy in the issuing chain is limited.</summary>
    public bool IsLimited { get; }

    /// <summary>How many proxies the issuer may still sign below itself; <see langword="null"/> = unlimited.</summary>
    public int? RemainingPathLength { get; }

    /// <summary>The earliest notAfter among the chain's certificates.</summary>
    public DateTimeOffset NotAfter { get; }

    /// <summary>Analyses a leaf-first chain.</summary>
    /// <exception cref="MyProxyCryptoException">A CA, a malformed proxy, or a chain mixing proxy formats.</exception>
    public static IssuingChain Analyse(IReadOnlyList<X509Certificate2> chain)
    {
        var classes = chain.Select(ProxyCertificateClassifier.Classify).ToList();
        var leaf = classes[0];
        if (leaf.Kind == CertificateKind.CertificateAuthority)
        {
            throw new MyProxyCryptoException("A CA certificate cannot issue proxies; use an end-entity credential or a proxy.");
        }

        var proxies = classes.TakeWhile(classification => classification.IsProxy).ToList();
        CheckProxies(proxies, classes.Skip(proxies.Count));
        var notAfter = chain.Min(certificate => new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero));
        return new IssuingChain(leaf, proxies.Any(proxy => proxy.IsLimited), RemainingProxies(proxies), notAfter);
    }

    private static void CheckProxies(List<CertificateClassification> proxies, IEnumerable<CertificateClassification> rest)
    {
        if (proxies.FirstOrDefault(proxy => proxy.Problem is not null) is { } malformed)
        {
            throw new MyProxyCryptoException($"The issuing proxy chain holds a malformed proxy ({malformed.Problem}); make a new proxy from the end-entity credential.");
        }

        if (proxies.Any(proxy => proxy.Format != ProxyCertificateFormat.Legacy && !proxy.IsProxyCertInfoCritical))
        {
            throw new MyProxyCryptoException("The issuing proxy chain holds a proxy whose ProxyCertInfo extension is not critical; make a new proxy from the end-entity credential.");
        }

        if (proxies.Select(proxy => proxy.Format).Distinct().Count() > 1 || rest.Any(certificate => certificate.IsProxy))
        {
            throw new MyProxyCryptoException("The issuing chain mixes proxy formats (or has a proxy above a non-proxy); make a new proxy from the end-entity credential.");
        }
    }

    // The proxy at leaf-first index i has i proxies below it already, so it allows L_i - i more.
    private static int? RemainingProxies(List<CertificateClassification> proxies)
    {
        int? remaining = null;
        for (var index = 0; index < proxies.Count; index++)
        {
            if (proxies[index].ProxyCertInfo?.PathLength is { } pathLength)
            {
                var left = Math.Max(pathLength - index, 0);
                remaining = remaining is { } current ? Math.Min(current, left) : left;
            }
        }

        return remaining;
    }
}
