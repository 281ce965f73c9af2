namespace MyProxy;

/// <summary>
/// Upper bounds the decoders enforce on what a server may send, so a broken or hostile server cannot make
/// the client allocate without limit. Exceeding one raises <see cref="MyProxyProtocolException"/> naming it.
/// </summary>
public sealed record ProtocolLimits
{
    /// <summary>The limits used when none are given: generous for any real server.</summary>
    public static ProtocolLimits Default { get; } = new();

    /// <summary>Largest text message (a response up to its NUL terminator), in bytes. Default 1 MiB.</summary>
    public int MaxMessageBytes { get; init; } = 1024 * 1024;

    /// <summary>Most certificates accepted in one certificate-chain frame. Default 32.</summary>
    public int MaxCertificates { get; init; } = 32;

    /// <summary>Largest single DER certificate, in bytes. Default 64 KiB.</summary>
    public int MaxCertificateBytes { get; init; } = 64 * 1024;

    /// <summary>Most trust-root files accepted in one GET_TRUSTROOTS reply. Default 1000.</summary>
    public int MaxTrustRootFiles { get; init; } = 1000;
}
