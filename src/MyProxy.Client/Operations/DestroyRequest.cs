namespace MyProxy.Client.Operations;

/// <summary>DESTROY (<c>myproxy-destroy</c>): removes the default credential, or the one <see cref="MyProxyCommandRequest.CredentialName"/> names.</summary>
public sealed record DestroyRequest : MyProxyCommandRequest;
