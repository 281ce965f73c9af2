namespace MyProxy.Cli.Commands.Proxy;

/// <summary>What <c>myproxy proxy verify --json</c> prints.</summary>
/// <param name="Valid">The verdict.</param>
/// <param name="Type">grid-proxy-info's type of the leaf.</param>
/// <param name="Identity">Whom the chain speaks for.</param>
/// <param name="TimeLeft">Seconds until the first certificate of the chain expires.</param>
/// <param name="TrustAnchor">The subject of the CA the chain ends in, when found.</param>
/// <param name="Failures">Every rule broken, first the one the text output names.</param>
internal sealed record ProxyVerifyDocument(bool Valid, string Type, string Identity, long TimeLeft, string? TrustAnchor, IReadOnlyList<ProxyVerifyFailure> Failures);
