using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Transport.Identity;

/// <summary>
/// Whether a server certificate names a host: its most specific CN is <c>host/&lt;host&gt;</c>,
/// <c>myproxy/&lt;host&gt;</c> or <c>&lt;host&gt;</c>, or a subjectAltName dNSName matches the host (RFC 2818
/// wildcard in the left-most label only), or an iPAddress entry equals an address literal.
/// </summary>
internal static class HostNameMatcher
{
    private const string CommonNameOid = "2.5.4.3";
    private static readonly string[] ServicePrefixes = ["host/", "myproxy/", string.Empty];

    public static bool Matches(X509Certificate2 certificate, string host)
    {
        var wanted = host.TrimEnd('.');
        return CommonNameMatches(certificate, wanted) || SubjectAltNameMatches(certificate, wanted);
    }

    private static bool CommonNameMatches(X509Certificate2 certificate, string host)
    {
        var commonName = DistinguishedNameText.FromName(certificate.SubjectName).LastOrDefault(attribute => attribute.Oid == CommonNameOid);
        return commonName is not null
            && ServicePrefixes.Any(prefix => string.Equals(commonName.Value, prefix + host, StringComparison.OrdinalIgnoreCase));
    }

    private static bool SubjectAltNameMatches(X509Certificate2 certificate, string host)
    {
        var extension = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().FirstOrDefault();
        if (extension is null)
        {
            return false;
        }

        if (IPAddress.TryParse(host, out var address))
        {
            return extension.EnumerateIPAddresses().Any(address.Equals);
        }

        return extension.EnumerateDnsNames().Any(pattern => DnsNameMatches(pattern, host));
    }

    /// <summary>RFC 2818 / RFC 6125: case-insensitive; a '*' is allowed only as the whole left-most label.</summary>
    public static bool DnsNameMatches(string pattern, string host)
    {
        var name = pattern.TrimEnd('.');
        if (!name.StartsWith("*.", StringComparison.Ordinal))
        {
            return !name.Contains('*', StringComparison.Ordinal) && string.Equals(name, host, StringComparison.OrdinalIgnoreCase);
        }

        var suffix = name[1..];
        var dot = host.IndexOf('.', StringComparison.Ordinal);
        return dot > 0
            && !suffix[1..].Contains('*', StringComparison.Ordinal)
            && suffix.Count(c => c == '.') >= 2
            && string.Equals(host[dot..], suffix, StringComparison.OrdinalIgnoreCase);
    }
}
