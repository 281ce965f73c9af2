namespace MyProxy.Protocol;

/// <summary>
/// Maps <see cref="AuthorizationMethod"/> to the names the server writes in <c>AUTHORIZATION_DATA=name:data</c>.
/// </summary>
public static class AuthorizationMethodNames
{
    /// <summary>Wire name of <see cref="AuthorizationMethod.Password"/>.</summary>
    public const string Password = "password";

    /// <summary>Wire name of <see cref="AuthorizationMethod.X509Certificate"/>.</summary>
    public const string X509Certificate = "X509_certificate";

    /// <summary>Wire name of <see cref="AuthorizationMethod.Sasl"/>.</summary>
    public const string Sasl = "SASL";

    /// <summary>Wire name of <see cref="AuthorizationMethod.X509CertificateSha256"/>.</summary>
    public const string X509CertificateSha256 = "X509_certificate_SHA256";

    /// <summary>The wire name of <paramref name="method"/>.</summary>
    /// <param name="method">A defined method.</param>
    /// <returns>The name as the server writes it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not a defined method.</exception>
    public static string ToWireName(AuthorizationMethod method) => method switch
    {
        AuthorizationMethod.Password => Password,
        AuthorizationMethod.X509Certificate => X509Certificate,
        AuthorizationMethod.Sasl => Sasl,
        AuthorizationMethod.X509CertificateSha256 => X509CertificateSha256,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not a MyProxy authorization method."),
    };

    /// <summary>Finds the method a wire name stands for; names are case-sensitive, as the server compares them.</summary>
    /// <param name="wireName">The name before the first <c>:</c> of an <c>AUTHORIZATION_DATA</c> value.</param>
    /// <param name="method">The method, when the name is known.</param>
    /// <returns><see langword="false"/> for a name this client does not know (a newer server may offer more).</returns>
    public static bool TryParse(string? wireName, out AuthorizationMethod method)
    {
        method = wireName switch
        {
            Password => AuthorizationMethod.Password,
            X509Certificate => AuthorizationMethod.X509Certificate,
            Sasl => AuthorizationMethod.Sasl,
            X509CertificateSha256 => AuthorizationMethod.X509CertificateSha256,
            _ => AuthorizationMethod.Unknown,
        };
        return method != AuthorizationMethod.Unknown;
    }
}
