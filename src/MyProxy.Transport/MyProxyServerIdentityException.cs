namespace MyProxy;

/// <summary>
/// The server's certificate is valid but does not name the server the user asked for (or the pinned DN).
/// The message says which DN the server presented and how to pin it.
/// </summary>
public class MyProxyServerIdentityException : MyProxyTransportException
{
    /// <summary>Creates an exception with a default message.</summary>
    public MyProxyServerIdentityException()
        : base("The MyProxy server's certificate does not name the expected server.")
    {
        PresentedSubject = string.Empty;
    }

    /// <summary>Creates an exception with a message for the user.</summary>
    /// <param name="message">What did not match and how to pin it.</param>
    public MyProxyServerIdentityException(string message)
        : base(message)
    {
        PresentedSubject = string.Empty;
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What did not match and how to pin it.</param>
    /// <param name="innerException">The underlying cause.</param>
    public MyProxyServerIdentityException(string message, Exception innerException)
        : base(message, innerException)
    {
        PresentedSubject = string.Empty;
    }

    /// <summary>Creates an exception naming the subject the server presented.</summary>
    /// <param name="message">What did not match and how to pin it.</param>
    /// <param name="presentedSubject">The server certificate's subject, slash form.</param>
    public MyProxyServerIdentityException(string message, string presentedSubject)
        : base(message)
    {
        PresentedSubject = presentedSubject;
    }

    /// <summary>The subject of the server's certificate in slash form, or empty when unknown.</summary>
    public string PresentedSubject { get; }
}
