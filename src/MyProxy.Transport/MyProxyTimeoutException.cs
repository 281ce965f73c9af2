namespace MyProxy;

/// <summary>The MyProxy server sent nothing within the read timeout.</summary>
public class MyProxyTimeoutException : MyProxyTransportException
{
    /// <summary>Creates an exception with a default message.</summary>
    public MyProxyTimeoutException()
        : base("The MyProxy server did not answer in time.")
    {
    }

    /// <summary>Creates an exception with a message for the user.</summary>
    /// <param name="message">What timed out and what to do.</param>
    public MyProxyTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What timed out and what to do.</param>
    /// <param name="innerException">The underlying cause.</param>
    public MyProxyTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
