using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Proxies;
using MyProxy.Crypto.Requests;
using MyProxy.Crypto.Summary;
using MyProxy.Crypto.Validation;
using MyProxy.Samples.Delegation.Tls;

namespace MyProxy.Samples.Delegation.Service;

/// <summary>
/// The minimal API: <c>GET /whoami</c> (any valid proxy, limited too), the delegation pair <c>POST /delegations</c> and
/// <c>PUT /delegations/{id}</c>, and <c>POST /jobs</c> under the "submit" policy.
/// </summary>
internal static class DelegationEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/whoami", (ClaimsPrincipal user) => Results.Ok(CredentialDictionary.From(user)));
        app.MapPost("/delegations", BeginDelegation);
        app.MapPut("/delegations/{id}", CompleteDelegation);
        app.MapPost("/jobs", SubmitJob).RequireAuthorization(FullProxyRequirement.SubmitPolicy);
    }

    // Step 2: a new key, kept here, and a request for it; the caller decides everything else about the proxy.
    private static IResult BeginDelegation(ClaimsPrincipal user, HttpContext context, ICryptoProvider crypto, DelegationStore store, DelegationLog log)
    {
        var caller = CallerChain(context);
        var key = crypto.GenerateKey(KeySpecification.Default);
        var request = crypto.CreateCertificateRequest(key, new CertificateRequestOptions());
        var pending = new PendingDelegation(Guid.NewGuid().ToString("N"), key, caller[0].RawData, CredentialDictionary.From(user).IsLimitedProxy);
        store.AddPending(pending);
        log.RequestIssued(pending.Id, user.Identity?.Name);
        return Results.Created($"/delegations/{pending.Id}", new DelegationRequest(pending.Id, Convert.ToBase64String(request)));
    }

    // Step 6: the certificate must be for our key, signed by the caller's own leaf, limited if the caller is, and valid.
    private static IResult CompleteDelegation(
        string id, DelegationUpload upload, HttpContext context, ProxyChainValidator validator, DelegationStore store, TimeProvider time, DelegationLog log)
    {
        if (store.TakePending(id) is not { } pending)
        {
            return Results.NotFound($"no delegation {id} is waiting; ask POST /delegations first");
        }

        var chain = ReadChain(upload, out var refusal);
        refusal ??= Check(pending, chain, CallerChain(context), validator);
        if (refusal is not null)
        {
            pending.Key.Dispose();
            foreach (var certificate in chain)
            {
                certificate.Dispose();
            }

            log.DelegationRefused(id);
            return refusal;
        }

        var summary = CredentialSummary.Create(chain, time.GetUtcNow());
#pragma warning disable CA2000 // The store owns the assembled proxy from here on.
        var path = store.Store(id, new X509Credential(chain, pending.Key));
#pragma warning restore CA2000
        log.ProxyStored(id, summary.Identity, summary.IsLimited);
        var stored = new StoredProxy(id, CredentialDictionary.From(summary), summary.NotAfter, CredentialSummary.FormatTimeLeft(summary.TimeLeft), path);
        return Results.Created($"/delegations/{id}", stored);
    }

    private static IReadOnlyList<X509Certificate2> ReadChain(DelegationUpload upload, out IResult? refusal)
    {
        refusal = null;
        try
        {
            return CredentialPem.ReadCertificates(upload.Chain);
        }
        catch (MyProxyException exception)
        {
            refusal = Results.BadRequest($"the chain is not PEM certificates: {exception.Message}");
            return [];
        }
    }

    private static IResult? Check(PendingDelegation pending, IReadOnlyList<X509Certificate2> chain, IReadOnlyList<X509Certificate2> caller, ProxyChainValidator validator)
    {
        if (!caller[0].RawData.AsSpan().SequenceEqual(pending.RequesterCertificate))
        {
            return Results.Json($"delegation {pending.Id} was asked for by another credential", statusCode: StatusCodes.Status403Forbidden);
        }

        if (chain.Count < 2 || !ProxyChainValidator.KeyMatchesCertificate(chain[0], pending.Key))
        {
            return Results.BadRequest($"the first certificate does not certify the key of delegation {pending.Id}; sign the request you were given, then append your chain");
        }

        if (!chain[1].RawData.AsSpan().SequenceEqual(caller[0].RawData))
        {
            return Results.BadRequest("the proxy was not signed by the credential you are connected with; sign it with that proxy");
        }

        var kind = ProxyCertificateClassifier.Classify(chain[0]);
        if (pending.RequesterIsLimited && !kind.IsLimited)
        {
            return Results.Json($"a limited proxy may delegate only limited proxies, not one of policy {kind.Policy}", statusCode: StatusCodes.Status403Forbidden);
        }

        var verdict = validator.Validate(chain);
        return verdict.IsValid ? null : Results.BadRequest($"the delegated chain is not valid: {verdict.Failures[0]}");
    }

    private static IResult SubmitJob(JobSubmission job, ClaimsPrincipal user) =>
        Results.Accepted(value: new JobAccepted(Guid.NewGuid().ToString("N")[..12], user.Identity?.Name ?? string.Empty, job.Executable));

    // Authentication already required a validated chain, so there is one.
    private static IReadOnlyList<X509Certificate2> CallerChain(HttpContext context) =>
        context.Features.Get<ProxyTlsFeature>()?.ClientChain ?? [];
}
