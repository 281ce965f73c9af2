using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Transport.Identity;

/// <summary>
/// Decides whether a server whose certificate chain is valid is the server the user asked for: with a pinned
/// DN (<c>MYPROXY_SERVER_DN</c>) the certificate's subject must equal it as an X.500 name and nothing else is
/// checked; otherwise the certificate must name the host (<c>CN=host/&lt;host&gt;</c>, <c>CN=myproxy/&lt;host&gt;</c>,
/// <c>CN=&lt;host&gt;</c>, or a subjectAltName), as the C tools accept with
/// <c>GLOBUS_GSSAPI_NAME_COMPATIBILITY=STRICT_RFC2818</c> (no reverse DNS).
/// </summary>
public sealed class ServerIdentityPolicy
{
    private readonly IReadOnlyList<NameAttribute>? _pinned;

    private ServerIdentityPolicy(string? pinnedText, IReadOnlyList<NameAttribute>? pinned)
    {
        PinnedDN = pinnedText;
        _pinned = pinned;
    }

    /// <summary>Accept a certificate that names the host the user asked for.</summary>
    public static ServerIdentityPolicy HostName { get; } = new(null, null);

    /// <summary>The pinned DN as the user wrote it, or <see langword="null"/> for <see cref="HostName"/>.</summary>
    public string? PinnedDN { get; }

    /// <summary>Accept only a certificate whose subject is <paramref name="distinguishedName"/>.</summary>
    /// <param name="distinguishedName">Slash form (<c>/DC=org/CN=host/example.org</c>) or RFC 2253 form (<c>CN=host/example.org,DC=org</c>).</param>
    /// <returns>The policy.</returns>
    /// <exception cref="FormatException">The text is not a distinguished name.</exception>
    public static ServerIdentityPolicy Pinned(string distinguishedName) =>
        new(distinguishedName, DistinguishedNameText.Parse(distinguishedName));

    /// <summary>Whether <paramref name="serverCertificate"/> is acceptable for <paramref name="host"/>.</summary>
    /// <param name="host">The host name or address the user asked for.</param>
    /// <param name="serverCertificate">The server's (already validated) end-entity certificate.</param>
    /// <returns><see langword="true"/> when the certificate identifies the server.</returns>
    public bool Matches(string host, X509Certificate2 serverCertificate)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        ArgumentNullException.ThrowIfNull(serverCertificate);
        if (_pinned is null)
        {
            return HostNameMatcher.Matches(serverCertificate, host);
        }

        var presented = DistinguishedNameText.FromName(serverCertificate.SubjectName);
        return presented.Count == _pinned.Count && presented.Zip(_pinned).All(pair => pair.First.Matches(pair.Second));
    }

    /// <summary>Throws unless <paramref name="serverCertificate"/> is acceptable for <paramref name="host"/>.</summary>
    /// <param name="host">The host name or address the user asked for.</param>
    /// <param name="serverCertificate">The server's (already validated) end-entity certificate.</param>
    /// <exception cref="MyProxyServerIdentityException">It is not; the message names the DN presented and how to pin it.</exception>
    public void Check(string host, X509Certificate2 serverCertificate)
    {
        if (Matches(host, serverCertificate))
        {
            return;
        }

        var presented = DistinguishedNameText.ToSlashForm(serverCertificate.SubjectName);
        var reason = PinnedDN is null
            ? $"which is not a certificate for {host}"
            : $"but MYPROXY_SERVER_DN requires {PinnedDN}";
        throw new MyProxyServerIdentityException(
            $"the server {host} presented {presented}, {reason}; if you trust it, set MYPROXY_SERVER_DN=\"{presented}\"",
            presented);
    }

    /// <inheritdoc/>
    public override string ToString() => PinnedDN is null ? "host name" : $"pinned DN {PinnedDN}";
}
