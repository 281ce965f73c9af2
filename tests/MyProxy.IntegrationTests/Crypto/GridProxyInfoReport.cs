namespace MyProxy.IntegrationTests.Crypto;

/// <summary>
/// What <c>grid-proxy-info -file F</c> printed for each option, trimmed; an option the tool refused reads
/// <c>exit N: &lt;stderr&gt;</c>.
/// </summary>
/// <param name="Type"><c>-type</c>, for example "RFC 3820 compliant impersonation proxy".</param>
/// <param name="Identity"><c>-identity</c>: the EEC subject, or the proxy's own for an independent proxy.</param>
/// <param name="Subject"><c>-subject</c>, in the slash form (<c>/DC=org/.../CN=123</c>).</param>
/// <param name="Issuer"><c>-issuer</c>.</param>
/// <param name="Strength"><c>-strength</c>: key size in bits.</param>
/// <param name="TimeLeft"><c>-timeleft</c>: seconds left when the fixture ran (changes from run to run).</param>
public sealed record GridProxyInfoReport(string Type, string Identity, string Subject, string Issuer, string Strength, string TimeLeft);
