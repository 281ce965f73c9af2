using Microsoft.AspNetCore.Authorization;

namespace MyProxy.Samples.Delegation.Service;

/// <summary>
/// The "submit" rule: by convention job submission refuses limited proxies, so that a job holding only a limited
/// delegation cannot submit further jobs (DIRAC's guard against job storms and stolen proxies).
/// </summary>
internal sealed class FullProxyRequirement : AuthorizationHandler<FullProxyRequirement>, IAuthorizationRequirement
{
    public const string SubmitPolicy = "submit";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, FullProxyRequirement requirement)
    {
        if (context.User.FindFirst(CredentialDictionary.IsLimitedProxyClaim)?.Value == bool.FalseString)
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, "a limited proxy may not submit jobs; connect with a full proxy"));
        }

        return Task.CompletedTask;
    }
}
