namespace MyProxy.Crypto.Proxies;

/// <summary>Facts about a classified leaf-first chain that the validator and the summary both report.</summary>
internal static class ProxyChainFacts
{
    /// <summary>The index of the first non-proxy (the end-entity certificate), or -1 when every certificate is a proxy.</summary>
    public static int EndEntityIndex(IReadOnlyList<CertificateClassification> kinds)
    {
        for (var i = 0; i < kinds.Count; i++)
        {
            if (!kinds[i].IsProxy)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The Globus identity rule: impersonation and limited proxies speak for their issuer, so the identity is the
    /// first certificate from the leaf that is none of those (an independent or restricted proxy, or the end entity).
    /// </summary>
    public static int IdentityIndex(IReadOnlyList<CertificateClassification> kinds, int endEntity)
    {
        var index = 0;
        while (index < endEntity && kinds[index].Policy is ProxyPolicyKind.InheritAll or ProxyPolicyKind.Limited)
        {
            index++;
        }

        return index;
    }

    /// <summary>How many more proxies the leaf may sign: the minimum over proxies of (path length − proxies below it), never negative; null = unlimited.</summary>
    public static int? RemainingPathLength(IReadOnlyList<CertificateClassification> kinds, int endEntity)
    {
        int? remaining = null;
        for (var i = 0; i < endEntity; i++)
        {
            if (kinds[i].ProxyCertInfo?.PathLength is { } limit)
            {
                remaining = Math.Min(remaining ?? int.MaxValue, Math.Max(0, limit - i));
            }
        }

        return remaining;
    }

    /// <summary>Whether any proxy before the end entity is limited.</summary>
    public static bool IsLimited(IReadOnlyList<CertificateClassification> kinds, int endEntity) =>
        kinds.Take(endEntity < 0 ? kinds.Count : endEntity).Any(kind => kind.IsLimited);
}
