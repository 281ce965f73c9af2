namespace MyProxy;

/// <summary>
/// The MyProxy server refused a request (<c>RESPONSE=1</c>). <see cref="ServerErrors"/> holds every
/// <c>ERROR=</c> line the server sent, in order; the message joins them on one line of at
/// most about 200 characters without control characters (<see cref="ServerText.Summary"/>).
/// </summary>
public class MyProxyServerException : MyProxyException
{
    /// <summary>Creates an exception with a default message.</summary>
    public MyProxyServerException()
        : base("The MyProxy server refused the request.")
    {
        ServerErrors = [];
    }

    /// <summary>Creates an exception with a message for the user.</summary>
    /// <param name="message">The server's error text.</param>
    public MyProxyServerException(string message)
        : base(message)
    {
        ServerErrors = [message];
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">The server's error text.</param>
    /// <param name="innerException">The underlying cause.</param>
    public MyProxyServerException(string message, Exception innerException)
        : base(message, innerException)
    {
        ServerErrors = [message];
    }

    /// <summary>Creates an exception from the server's <c>ERROR=</c> lines.</summary>
    /// <param name="serverErrors">The error lines, in the order the server sent them.</param>
    public MyProxyServerException(IReadOnlyList<string> serverErrors)
        : base(FormatMessage(serverErrors))
    {
        ServerErrors = serverErrors;
    }

    /// <summary>Every <c>ERROR=</c> line the server sent, in order.</summary>
    public IReadOnlyList<string> ServerErrors { get; }

    private static string FormatMessage(IReadOnlyList<string> serverErrors)
    {
        ArgumentNullException.ThrowIfNull(serverErrors);
        return serverErrors.Count == 0
            ? "The MyProxy server refused the request without saying why."
            : "MyProxy server: " + ServerText.Summary(serverErrors);
    }
}
