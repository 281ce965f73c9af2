namespace MyProxy.Client.Operations;

/// <summary>GET_TRUSTROOTS (<c>myproxy-get-trustroots</c>): the server's trusted CA files, anonymous.</summary>
public sealed record GetTrustRootsRequest
{
    /// <summary>Install the files in the trust store (default); otherwise only return them.</summary>
    public bool Install { get; init; } = true;

    /// <summary>Allow a first-contact trust bootstrap (<c>-b</c>), if the bootstrap policy agrees.</summary>
    public bool Bootstrap { get; init; }
}
