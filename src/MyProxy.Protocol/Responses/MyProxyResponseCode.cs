namespace MyProxy.Protocol.Responses;

/// <summary>The outcome a response reports (<c>RESPONSE=</c>); the numeric values are the wire values.</summary>
public enum MyProxyResponseCode
{
    /// <summary><c>RESPONSE=0</c>: the step succeeded.</summary>
    Ok = 0,

    /// <summary><c>RESPONSE=1</c>: the server refused; the <c>ERROR=</c> lines say why and the server closes the connection.</summary>
    Error = 1,

    /// <summary><c>RESPONSE=2</c>: the server wants the client to prove itself with one of the offered methods.</summary>
    AuthorizationRequired = 2,
}
