namespace MyProxy;

/// <summary>
/// The server (or a file claiming to come from it) sent bytes that do not follow the MyProxy protocol:
/// a malformed or truncated message, a bad certificate-chain frame, or data beyond a configured limit.
/// </summary>
/// <remarks>Every decoder in <c>MyProxy.Protocol</c> reports bad input with this type and no other.</remarks>
public class MyProxyProtocolException : MyProxyException
{
    /// <summary>Creates an exception with a default message.</summary>
    public MyProxyProtocolException()
        : base("The MyProxy server sent a message that does not follow the protocol.")
    {
    }

    /// <summary>Creates an exception with a message for the user.</summary>
    /// <param name="message">What was wrong with the data.</param>
    public MyProxyProtocolException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What was wrong with the data.</param>
    /// <param name="innerException">The underlying cause.</param>
    public MyProxyProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
