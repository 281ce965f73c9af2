using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;

namespace MyProxy.Crypto.Validation;

/// <summary>RFC 3820 §3.4 / §4.1.3 a4: a proxy's subject is its issuer's subject with exactly one single-valued CN appended.</summary>
internal static class ProxySubjectRule
{
    private const string CommonNameOid = "2.5.4.3";

    /// <summary>What is wrong with the proxy subject, or <see langword="null"/> when it is right.</summary>
    public static string? Check(X500DistinguishedName proxySubject, X500DistinguishedName issuerSubject)
    {
        try
        {
            var proxy = DistinguishedNames.ReadRelativeNames(proxySubject);
            var issuer = DistinguishedNames.ReadRelativeNames(issuerSubject);
            if (issuer.Count == 0)
            {
                return "the proxy's issuer has an empty subject";
            }

            if (proxy.Count != issuer.Count + 1)
            {
                return $"subject must be the issuer's subject plus one CN; it has {proxy.Count} RDNs, the issuer {issuer.Count}";
            }

            var last = proxy[^1];
            if (last.Count != 1 || last[0].Oid != CommonNameOid)
            {
                return "the last RDN of a proxy subject must be a single CN";
            }

            var same = string.Equals(DistinguishedNames.CanonicalKey(proxy.Take(issuer.Count)), DistinguishedNames.CanonicalKey(issuer), StringComparison.Ordinal);
            return same ? null : "subject is not the issuer's subject plus one CN";
        }
        catch (AsnContentException)
        {
            return "the proxy or issuer subject cannot be decoded";
        }
    }
}
