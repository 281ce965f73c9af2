namespace MyProxy.Protocol.Requests;

/// <summary>
/// The operation a request asks for. The numeric values are the wire values of the <c>COMMAND=</c> field
/// (gct <c>myproxy_protocol.h</c>); there are no command names on the wire.
/// </summary>
public enum MyProxyCommand
{
    /// <summary>Retrieve a proxy delegated from a stored credential (myproxy-logon).</summary>
    Get = 0,

    /// <summary>Delegate a proxy to the repository (myproxy-init).</summary>
    Put = 1,

    /// <summary>List the caller's stored credentials (myproxy-info).</summary>
    Info = 2,

    /// <summary>Remove a stored credential (myproxy-destroy).</summary>
    Destroy = 3,

    /// <summary>Change the passphrase of a stored credential (myproxy-change-pass-phrase).</summary>
    ChangePassword = 4,

    /// <summary>Store an end-entity credential, certificate and key as they are (myproxy-store).</summary>
    Store = 5,

    /// <summary>Retrieve a stored end-entity credential as it is (myproxy-retrieve).</summary>
    Retrieve = 6,

    /// <summary>Download the server's trust roots (myproxy-get-trustroots).</summary>
    GetTrustRoots = 7,
}
