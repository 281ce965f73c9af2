namespace MyProxy.Client.Strategies;

/// <summary>Where a located client credential came from.</summary>
public enum CredentialSource
{
    /// <summary>A proxy file: <c>X509_USER_PROXY</c> or <c>/tmp/x509up_u&lt;uid&gt;</c> (certificates and an unencrypted key in one file).</summary>
    ProxyFile,

    /// <summary>The user's certificate and key: <c>X509_USER_CERT</c>/<c>X509_USER_KEY</c> or <c>~/.globus/usercert.pem</c>/<c>userkey.pem</c>.</summary>
    UserCertificate,

    /// <summary>The host credential <c>/etc/grid-security/hostcert.pem</c>/<c>hostkey.pem</c>, used when running as root.</summary>
    HostCertificate,
}
