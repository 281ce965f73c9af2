namespace MyProxy.Transport.Trust;

/// <summary>The CA a trust bootstrap accepted: the one that issued the server's certificate.</summary>
/// <param name="Subject">The CA's subject, slash form (<c>/DC=org/DC=example/CN=Sandbox Test CA</c>).</param>
/// <param name="Sha256Fingerprint">SHA-256 of the CA certificate's DER, upper-case hex pairs joined by ':'.</param>
/// <param name="Certificate">The CA certificate's DER encoding.</param>
/// <param name="ServerSubject">The subject of the server certificate it issued, slash form.</param>
public sealed record BootstrapTrustAnchor(string Subject, string Sha256Fingerprint, ReadOnlyMemory<byte> Certificate, string ServerSubject)
{
    /// <summary>The line a tool prints, e.g. <c>trusting CA /DC=org/CN=X (SHA-256 AB:CD:...)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"trusting CA {Subject} (SHA-256 {Sha256Fingerprint}) that issued {ServerSubject}";
}
