namespace MyProxy;

/// <summary>
/// No TCP connection to the MyProxy server could be opened (name resolution, refused, unreachable, or the
/// connect timeout). The only failure after which a host list moves on to the next host.
/// </summary>
public class MyProxyConnectException : MyProxyTransportException
{
    /// <summary>Creates an exception with a default message.</summary>
    public MyProxyConnectException()
        : base("Could not connect to the MyProxy server.")
    {
    }

    /// <summary>Creates an exception with a message for the user.</summary>
    /// <param name="message">What failed and what to do.</param>
    public MyProxyConnectException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What failed and what to do.</param>
    /// <param name="innerException">The underlying cause.</param>
    public MyProxyConnectException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
