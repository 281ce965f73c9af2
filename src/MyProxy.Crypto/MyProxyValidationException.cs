using MyProxy.Crypto.Validation;

namespace MyProxy;

/// <summary>
/// A certificate chain failed validation: an untrusted CA, an expired or revoked certificate, a proxy that
/// breaks RFC 3820 or the Globus rules, a key that does not match its certificate. <see cref="Failures"/>
/// names each certificate and the rule it broke.
/// </summary>
public class MyProxyValidationException : MyProxyException
{
    /// <summary>Creates an exception with a default message.</summary>
    public MyProxyValidationException()
        : base("A certificate chain is not valid.")
    {
        Failures = [];
    }

    /// <summary>Creates an exception with a message for the user.</summary>
    /// <param name="message">What failed.</param>
    public MyProxyValidationException(string message)
        : base(message)
    {
        Failures = [];
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The underlying cause.</param>
    public MyProxyValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Failures = [];
    }

    /// <summary>Creates an exception listing the rules a chain broke.</summary>
    /// <param name="message">What failed, for the user.</param>
    /// <param name="failures">Every failure, in chain order.</param>
    public MyProxyValidationException(string message, IReadOnlyList<ChainValidationFailure> failures)
        : base(message)
    {
        Failures = failures;
    }

    /// <summary>Each certificate and rule that failed.</summary>
    public IReadOnlyList<ChainValidationFailure> Failures { get; }
}
