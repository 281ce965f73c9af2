using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Serialization;
using MyProxy.Crypto.Summary;

namespace MyProxy.Samples.Delegation.Service;

/// <summary>DIRAC's credential dictionary for a caller (or a stored proxy), with DIRAC's key names.</summary>
/// <param name="DN">The leaf's subject.</param>
/// <param name="Identity">Who the chain speaks for (the Globus identity rule): the user's DN for impersonation and limited proxies.</param>
/// <param name="IsProxy">Whether the leaf is a proxy.</param>
/// <param name="IsLimitedProxy">Whether any proxy in the chain is limited.</param>
/// <param name="Group">The DIRAC group the proxy carries (extension 1.2.42.42), if any.</param>
internal sealed record CredentialDictionary(
    [property: JsonPropertyName("DN")] string DN,
    [property: JsonPropertyName("identity")] string Identity,
    [property: JsonPropertyName("isProxy")] bool IsProxy,
    [property: JsonPropertyName("isLimitedProxy")] bool IsLimitedProxy,
    [property: JsonPropertyName("group")] string? Group)
{
    public const string DNClaim = "DN";
    public const string IdentityClaim = "identity";
    public const string IsProxyClaim = "isProxy";
    public const string IsLimitedProxyClaim = "isLimitedProxy";
    public const string GroupClaim = "group";

    public static CredentialDictionary From(CredentialSummary summary) =>
        new(summary.Subject, summary.Identity, summary.IsProxy, summary.IsLimited, summary.DiracGroup);

    /// <summary>The dictionary the authentication handler put into <paramref name="user"/>'s claims.</summary>
    public static CredentialDictionary From(ClaimsPrincipal user) =>
        new(
            user.FindFirstValue(DNClaim) ?? string.Empty,
            user.FindFirstValue(IdentityClaim) ?? string.Empty,
            user.FindFirstValue(IsProxyClaim) == bool.TrueString,
            user.FindFirstValue(IsLimitedProxyClaim) == bool.TrueString,
            user.FindFirstValue(GroupClaim));

    public IEnumerable<Claim> ToClaims()
    {
        yield return new Claim(DNClaim, DN);
        yield return new Claim(IdentityClaim, Identity);
        yield return new Claim(ClaimTypes.Name, Identity);
        yield return new Claim(IsProxyClaim, IsProxy.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Boolean);
        yield return new Claim(IsLimitedProxyClaim, IsLimitedProxy.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Boolean);
        if (Group is not null)
        {
            yield return new Claim(GroupClaim, Group);
        }
    }
}
