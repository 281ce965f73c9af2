namespace MyProxy;

/// <summary>
/// A request could not be sent as asked: a field holds a value the server would mis-parse (a newline, a NUL,
/// text that contains another <c>KEY=</c>), or a required field is missing. Nothing was sent.
/// </summary>
public class MyProxyRequestException : MyProxyException
{
    /// <summary>Creates an exception with a default message.</summary>
    public MyProxyRequestException()
        : base("The MyProxy request is not valid; nothing was sent.")
    {
    }

    /// <summary>Creates an exception with a message for the user.</summary>
    /// <param name="message">Which field was wrong, why, and what to do.</param>
    public MyProxyRequestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception naming the offending wire field.</summary>
    /// <param name="fieldName">The wire field, for example <c>CRED_NAME</c>.</param>
    /// <param name="message">Which field was wrong, why, and what to do. Never contains a secret value.</param>
    public MyProxyRequestException(string fieldName, string message)
        : base(message)
    {
        FieldName = fieldName;
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">Which field was wrong, why, and what to do.</param>
    /// <param name="innerException">The underlying cause.</param>
    public MyProxyRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The wire field that was refused, when one field is to blame.</summary>
    public string? FieldName { get; }
}
