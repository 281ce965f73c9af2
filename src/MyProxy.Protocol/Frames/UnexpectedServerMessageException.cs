namespace MyProxy.Protocol.Frames;

/// <summary>
/// The server sent a text message (normally an error response, <c>VERSION=MYPROXYv2\nRESPONSE=1...</c>) where a
/// binary frame — a certificate chain or a DER request — was expected. Nothing was consumed from the buffer:
/// decode it as a response to learn what the server said.
/// </summary>
/// <remarks>
/// Raised only by the <c>TryDecode</c> conveniences; the <c>Decode</c> methods report the same case as
/// <see cref="BinaryFrameStatus.ServerMessage"/> without an exception.
/// </remarks>
public class UnexpectedServerMessageException : MyProxyProtocolException
{
    /// <summary>Creates an exception with a default message.</summary>
    public UnexpectedServerMessageException()
        : base("The MyProxy server sent a text message instead of binary data; decode it as a response.")
    {
    }

    /// <summary>Creates an exception with a message for the user.</summary>
    /// <param name="message">What was expected instead of the text message.</param>
    public UnexpectedServerMessageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What was expected instead of the text message.</param>
    /// <param name="innerException">The underlying cause.</param>
    public UnexpectedServerMessageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
