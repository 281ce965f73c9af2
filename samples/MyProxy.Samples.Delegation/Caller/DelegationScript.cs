using System.Net;
using System.Text;
using System.Text.Json;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Proxies;
using MyProxy.Crypto.Summary;
using MyProxy.Samples.Delegation.Service;

namespace MyProxy.Samples.Delegation.Caller;

/// <summary>
/// The whole story against a running service: who am I, delegate (steps 1–6), submit, first as a full proxy and
/// then as a limited one, which may not submit and may delegate only limited proxies.
/// </summary>
internal sealed class DelegationScript(Func<string, X509Credential?, ServiceCaller> connect, ProxyFactory factory, CallerOptions options, TextWriter output)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Runs every step; returns how many answers were not the expected ones.</summary>
    public async Task<int> RunAsync(X509Credential userProxy, CancellationToken cancellationToken)
    {
        await Describe("proxy from the MyProxy server", userProxy);
        using var working = UserProxy.WithGroup(factory, userProxy, options.Group);
        await Describe($"working proxy with DIRAC group {options.Group}", working);
        using var limited = UserProxy.Limited(factory, working);
        await Describe("limited proxy made from it", limited);

        using var anonymous = connect("anonymous", null);
        await anonymous.CallAsync(HttpMethod.Get, "whoami", null, HttpStatusCode.Unauthorized, cancellationToken);

        using var full = connect("full", working);
        await full.CallAsync(HttpMethod.Get, "whoami", null, HttpStatusCode.OK, cancellationToken);
        await DelegateAsync(full, working, ProxyPolicyKind.InheritAll, HttpStatusCode.Created, cancellationToken);
        await full.CallAsync(HttpMethod.Post, "jobs", new JobSubmission("/bin/hostname"), HttpStatusCode.Accepted, cancellationToken);

        using var restricted = connect("limited", limited);
        await restricted.CallAsync(HttpMethod.Get, "whoami", null, HttpStatusCode.OK, cancellationToken);
        await restricted.CallAsync(HttpMethod.Post, "jobs", new JobSubmission("/bin/hostname"), HttpStatusCode.Forbidden, cancellationToken);
        await DelegateAsync(restricted, limited, ProxyPolicyKind.InheritAll, HttpStatusCode.Created, cancellationToken);
        await DelegateAsync(restricted, limited, ProxyPolicyKind.Independent, HttpStatusCode.Forbidden, cancellationToken);

        var surprises = anonymous.Surprises + full.Surprises + restricted.Surprises;
        await output.WriteLineAsync(surprises == 0 ? "every answer was the expected one" : $"{surprises} answer(s) were not the expected ones");
        return surprises;
    }

    // Steps 1–5 on the caller's side: ask, sign the service's request from our own proxy with our lifetime, send it back with our chain.
    private async Task DelegateAsync(ServiceCaller caller, X509Credential delegator, ProxyPolicyKind policy, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        var answer = await caller.CallAsync(HttpMethod.Post, "delegations", null, HttpStatusCode.Created, cancellationToken, ShowRequest);
        var request = JsonSerializer.Deserialize<DelegationRequest>(answer, Json)
            ?? throw new MyProxyException("The service answered POST /delegations with no request.");
        var chain = factory.SignRequest(delegator, Convert.FromBase64String(request.Request), new ProxyOptions { Policy = policy, Lifetime = options.Lifetime });
        try
        {
            var signed = ProxyCertificateClassifier.Classify(chain[0]);
            var subject = CredentialSummary.Create(chain, DateTimeOffset.UtcNow).Subject;
            await output.WriteLineAsync(
                $"[{caller.Who}] signed the service's request: policy {signed.Policy} (asked for {policy}), lifetime {CredentialSummary.FormatTimeLeft(options.Lifetime)}, {subject}");
            await caller.CallAsync(HttpMethod.Put, $"delegations/{request.Id}", new DelegationUpload(Pem(chain)), expected, cancellationToken);
        }
        finally
        {
            foreach (var certificate in chain)
            {
                certificate.Dispose();
            }
        }
    }

    private static string ShowRequest(string answer) =>
        JsonSerializer.Deserialize<DelegationRequest>(answer, Json) is { } request
            ? $"delegation {request.Id}: a certificate request ({Convert.FromBase64String(request.Request).Length} bytes DER); the service keeps its key"
            : answer;

    private async Task Describe(string what, X509Credential credential)
    {
        var summary = CredentialSummary.Create(credential.Chain, DateTimeOffset.UtcNow);
        await output.WriteLineAsync(
            $"{what}: {summary.Subject} ({summary.TypeDescription}, limited: {summary.IsLimited}, group: {summary.DiracGroup ?? "none"}, time left {CredentialSummary.FormatTimeLeft(summary.TimeLeft)})");
    }

    private static string Pem(IReadOnlyList<System.Security.Cryptography.X509Certificates.X509Certificate2> chain)
    {
        var pem = new StringBuilder();
        foreach (var certificate in chain)
        {
            pem.AppendLine(certificate.ExportCertificatePem());
        }

        return pem.ToString();
    }
}
