namespace MyProxy;

/// <summary>Trust roots could not be located, installed or bootstrapped; nothing unsafe was written.</summary>
public class MyProxyTrustRootException : MyProxyException
{
    /// <summary>Creates an exception with a default message.</summary>
    public MyProxyTrustRootException()
        : base("The trust roots could not be installed.")
    {
    }

    /// <summary>Creates an exception with a message for the user.</summary>
    /// <param name="message">What failed and what to do.</param>
    public MyProxyTrustRootException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What failed and what to do.</param>
    /// <param name="innerException">The underlying cause.</param>
    public MyProxyTrustRootException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
