namespace MyProxy;

/// <summary>Which step of a MyProxy operation failed, so a caller can react (retry, re-pin, ask again) without parsing text.</summary>
public enum MyProxyPhase
{
    /// <summary>Not tied to an exchange with a server (a local file, a bad argument), or not known.</summary>
    None,

    /// <summary>Opening the TCP connection or the TLS handshake.</summary>
    Connect,

    /// <summary>Checking the server's certificate chain and identity.</summary>
    AuthenticateServer,

    /// <summary>The server refused the request: wrong pass phrase, policy, unknown user or credential.</summary>
    Authorize,

    /// <summary>Exchanging the certificate request and the signed chain.</summary>
    Delegate,

    /// <summary>Sending a credential for the server to keep (PUT, STORE).</summary>
    Store,

    /// <summary>Checking what the server returned before handing it back or writing it.</summary>
    VerifyResult,
}
