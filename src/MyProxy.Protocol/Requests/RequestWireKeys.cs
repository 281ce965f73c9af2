namespace MyProxy.Protocol.Requests;

/// <summary>
/// The request keys exactly as the server matches them (gct <c>myproxy_constants.h</c>), without the
/// trailing <c>=</c>. Note <c>KEYRETRIEVERS</c> with the S and <c>RETRIEVER_TRUSTED</c>, which differ
/// from older documentation.
/// </summary>
internal static class RequestWireKeys
{
    public const string Version = "VERSION";
    public const string Command = "COMMAND";
    public const string Username = "USERNAME";
    public const string Passphrase = "PASSPHRASE";
    public const string NewPassphrase = "NEW_PHRASE";
    public const string Lifetime = "LIFETIME";
    public const string Retrievers = "RETRIEVER";
    public const string Renewers = "RENEWER";
    public const string CredentialName = "CRED_NAME";
    public const string CredentialDescription = "CRED_DESC";
    public const string KeyRetrievers = "KEYRETRIEVERS";
    public const string TrustedRetrievers = "RETRIEVER_TRUSTED";
    public const string TrustedCertificates = "TRUSTED_CERTS";
    public const string VoName = "VONAME";
    public const string Vomses = "VOMSES";

    /// <summary>The protocol version string sent in every request.</summary>
    public const string ProtocolVersion = "MYPROXYv2";

    /// <summary>
    /// Every <c>KEY=</c> the server looks for with <c>strstr</c> over the whole request. A value containing
    /// one of these would be read as (another copy of) that field, so values must not contain any of them.
    /// </summary>
    public static IReadOnlyList<string> SearchedByServer { get; } =
    [
        Version + "=", Command + "=", Username + "=", Passphrase + "=", NewPassphrase + "=", Lifetime + "=",
        Retrievers + "=", Renewers + "=", CredentialName + "=", CredentialDescription + "=",
        KeyRetrievers + "=", TrustedRetrievers + "=", TrustedCertificates + "=", VoName + "=", Vomses + "=",
    ];
}
