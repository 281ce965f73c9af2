namespace MyProxy;

/// <summary>
/// The connection to the MyProxy server failed: it could not be opened, the TLS handshake failed, the server
/// did not answer in time, or it was not the server the user asked for.
/// </summary>
public class MyProxyTransportException : MyProxyException
{
    /// <summary>Creates an exception with a default message.</summary>
    public MyProxyTransportException()
        : base("The connection to the MyProxy server failed.")
    {
    }

    /// <summary>Creates an exception with a message for the user.</summary>
    /// <param name="message">What failed and what to do.</param>
    public MyProxyTransportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What failed and what to do.</param>
    /// <param name="innerException">The underlying cause.</param>
    public MyProxyTransportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
