namespace MyProxy.Protocol.Responses;

/// <summary>
/// An authorization method the server may offer in a <c>RESPONSE=2</c> challenge. The numeric values are the
/// method identifiers the client puts in the first byte of its reply (gct <c>myproxy_authorization.h</c>).
/// </summary>
public enum AuthorizationMethod
{
    /// <summary>A method name this client does not know; see <see cref="AuthorizationChallenge.MethodName"/>.</summary>
    Unknown = 0,

    /// <summary><c>password</c>: never offered by 6.x servers, where passwords travel only in <c>PASSPHRASE=</c>.</summary>
    Password = 1,

    /// <summary><c>X509_certificate</c>: sign the challenge with SHA-1 using the credential being renewed.</summary>
    X509Certificate = 2,

    /// <summary><c>SASL</c>: a SASL exchange follows.</summary>
    Sasl = 3,

    /// <summary><c>X509_certificate_SHA256</c>: sign the challenge with SHA-256 using the credential being renewed.</summary>
    X509CertificateSha256 = 4,
}
