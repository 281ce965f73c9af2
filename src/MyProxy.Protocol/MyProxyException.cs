namespace MyProxy;

/// <summary>
/// The root of every error this library reports: protocol violations, server refusals, transport,
/// crypto and validation failures all derive from it, so a caller can catch one type.
/// </summary>
/// <remarks>
/// Messages say what happened and what to do; they never contain passphrases or private keys.
/// </remarks>
public class MyProxyException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public MyProxyException()
        : base("A MyProxy operation failed.")
    {
    }

    /// <summary>Creates an exception with a message for the user.</summary>
    /// <param name="message">What happened and, where it helps, what to do about it.</param>
    public MyProxyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What happened and, where it helps, what to do about it.</param>
    /// <param name="innerException">The underlying cause.</param>
    public MyProxyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Which step of the operation failed; <see cref="MyProxyPhase.None"/> when not tied to an exchange.</summary>
    public MyProxyPhase Phase { get; init; }
}
