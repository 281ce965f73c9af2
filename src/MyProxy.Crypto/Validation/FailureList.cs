using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;

namespace MyProxy.Crypto.Validation;

/// <summary>Collects the failures of one validation run, naming each certificate in one-line form.</summary>
internal sealed class FailureList
{
    private readonly List<ChainValidationFailure> _failures = [];

    public IReadOnlyList<ChainValidationFailure> Items => _failures;

    public void Add(int index, X509Certificate2? certificate, ChainValidationRule rule, string message) =>
        _failures.Add(new ChainValidationFailure(index, certificate is null ? string.Empty : Name(certificate.SubjectName), rule, message));

    /// <summary>A name in one-line form, or .NET's own rendering when the DER cannot be decoded.</summary>
    public static string Name(X500DistinguishedName name) => DistinguishedNames.Describe(name);
}
