namespace MyProxy;

/// <summary>
/// A key, certificate, request or PEM file could not be used: malformed data, a wrong pass phrase, an
/// unsupported algorithm, or a key that does not match its certificate. The message names the item and
/// what to do; it never contains key material or pass phrases.
/// </summary>
public class MyProxyCryptoException : MyProxyException
{
    /// <summary>Creates an exception with a default message.</summary>
    public MyProxyCryptoException()
        : base("A cryptographic operation failed.")
    {
    }

    /// <summary>Creates an exception with a message for the user.</summary>
    /// <param name="message">What was wrong and what to do.</param>
    public MyProxyCryptoException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What was wrong and what to do.</param>
    /// <param name="innerException">The underlying cause.</param>
    public MyProxyCryptoException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
