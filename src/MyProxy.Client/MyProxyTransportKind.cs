namespace MyProxy.Client;

/// <summary>Which TLS implementation connects to the server.</summary>
public enum MyProxyTransportKind
{
    /// <summary>
    /// BouncyCastle when the client credential is a proxy (SslStream on Linux cannot present one), SslStream
    /// otherwise (anonymous or end-entity credentials).
    /// </summary>
    Auto,

    /// <summary>The platform's <c>SslStream</c>.</summary>
    SslStream,

    /// <summary>BouncyCastle's managed TLS.</summary>
    BouncyCastle,
}
