namespace MyProxy.Protocol;

/// <summary>
/// An authorization method: offered by the server in a <c>RESPONSE=2</c> challenge, chosen by the client in its reply. The numeric value is the method byte
/// that starts the client's reply (gct <c>myproxy_authorization.h</c>).
/// </summary>
public enum AuthorizationMethod
{
    /// <summary>A method name this client does not know (a newer server may offer more).</summary>
    Unknown = 0,

    /// <summary><c>password</c> (1): defined, but a 6.x server never offers it; passwords travel in <c>PASSPHRASE=</c>.</summary>
    Password = 1,

    /// <summary><c>X509_certificate</c> (2): renewal, the challenge signed with RSA and SHA-1.</summary>
    X509Certificate = 2,

    /// <summary><c>SASL</c> (3): a SASL exchange with base64-encoded steps.</summary>
    Sasl = 3,

    /// <summary><c>X509_certificate_SHA256</c> (4): renewal, the challenge signed with RSA and SHA-256.</summary>
    X509CertificateSha256 = 4,
}
