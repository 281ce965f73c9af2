namespace MyProxy.Fuzz;

/// <summary>One execution: the bytes, the limits the decoders enforce, and a seed for how the bytes arrive.</summary>
/// <param name="Data">The input bytes.</param>
/// <param name="Limits">The limits the decoders are built with (default or tight).</param>
/// <param name="Delivery">Chooses how the bytes are cut into reads and segments (see <see cref="Delivery"/>).</param>
internal readonly record struct FuzzInput(byte[] Data, ProtocolLimits Limits, int Delivery)
{
    /// <summary>Limits small enough that short inputs cross every one of them.</summary>
    public static ProtocolLimits Tight { get; } = new()
    {
        MaxMessageBytes = 2048,
        MaxCertificates = 3,
        MaxCertificateBytes = 1024,
        MaxTrustRootFiles = 3,
    };

    /// <summary>The most bytes the limits let a decoder keep: what its allocation may grow with.</summary>
    public long LimitBytes => Math.Max(Limits.MaxMessageBytes, (long)Limits.MaxCertificates * Limits.MaxCertificateBytes);
}
