namespace MyProxy.Client.Operations;

/// <summary>INFO (<c>myproxy-info</c>): the credentials the client's identity owns under a username; all of them unless <see cref="MyProxyCommandRequest.CredentialName"/> names one.</summary>
public sealed record InfoRequest : MyProxyCommandRequest;
