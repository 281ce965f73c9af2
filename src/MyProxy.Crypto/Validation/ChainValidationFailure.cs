namespace MyProxy.Crypto.Validation;

/// <summary>One rule a chain broke, and which certificate broke it.</summary>
/// <param name="CertificateIndex">Position in the chain as given, leaf = 0; -1 when the failure is about the chain as a whole.</param>
/// <param name="Subject">The subject of that certificate (OpenSSL one-line form), or empty.</param>
/// <param name="Rule">The rule.</param>
/// <param name="Message">What was wrong, for a user.</param>
public sealed record ChainValidationFailure(int CertificateIndex, string Subject, ChainValidationRule Rule, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => CertificateIndex < 0 ? Message : $"certificate {CertificateIndex} ({Subject}): {Message}";
}
