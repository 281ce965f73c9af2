using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using MyProxy.Crypto.Summary;
using MyProxy.Crypto.Validation;
using MyProxy.Samples.Delegation.Tls;

namespace MyProxy.Samples.Delegation.Service;

/// <summary>
/// Authenticates a caller by the chain it presented in the TLS handshake: <see cref="ProxyChainValidator"/> against
/// the service's CA directory (the platform's chain engine rejects proxies), then the credential dictionary as claims.
/// </summary>
internal sealed class ProxyCertificateAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ICertificateChainValidator validator,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ProxyCertificate";

    private const string NoCertificate = "present your proxy as the TLS client certificate";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var chain = Context.Features.Get<ProxyTlsFeature>()?.ClientChain ?? [];
        if (chain.Count == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var verdict = validator.Validate(chain);
        if (!verdict.IsValid)
        {
            return Task.FromResult(AuthenticateResult.Fail($"the client certificate chain is not valid: {verdict.Failures[0]}"));
        }

        var dictionary = CredentialDictionary.From(CredentialSummary.Create(chain, time.GetUtcNow()));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(dictionary.ToClaims(), SchemeName, ClaimTypes.Name, ClaimTypes.Role));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    // The default challenge is a bare 401; say why, as the rest of the project does.
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        await Response.WriteAsync(result.Failure?.Message ?? NoCertificate);
    }
}
