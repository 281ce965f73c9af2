using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace MyProxy.Samples.Delegation.Service;

/// <summary>Writes why a request was forbidden into the 403 body (the default sends none), then defers to the default handler.</summary>
internal sealed class ExplainingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var reasons = authorizeResult.AuthorizationFailure?.FailureReasons.Select(reason => reason.Message).ToList() ?? [];
        if (authorizeResult.Forbidden && reasons.Count > 0)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync(string.Join("; ", reasons));
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
