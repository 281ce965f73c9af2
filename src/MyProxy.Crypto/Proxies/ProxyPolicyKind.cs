namespace MyProxy.Crypto.Proxies;

/// <summary>What a proxy lets its holder do, from its ProxyCertInfo policy language (or legacy CN).</summary>
public enum ProxyPolicyKind
{
    /// <summary>Impersonation (<c>id-ppl-inheritAll</c>): all the rights of the issuer. A "full" proxy.</summary>
    InheritAll,

    /// <summary>Globus limited proxy: may not be used to start jobs, and never yields a full proxy.</summary>
    Limited,

    /// <summary><c>id-ppl-independent</c>: an identity of its own, no rights inherited from the issuer.</summary>
    Independent,

    /// <summary>Any other policy language: rights restricted by a policy this library does not interpret.</summary>
    Restricted,
}
