namespace MyProxy.IntegrationTests.Hostile;

/// <summary>What the client sent so far in one exchange, for answers that depend on it.</summary>
internal sealed class ExchangeState
{
    public string Request { get; set; } = string.Empty;

    /// <summary>The client's certificate request (GET), DER.</summary>
    public byte[]? CertificateRequest { get; set; }

    /// <summary>The valid answer of the step being played.</summary>
    public byte[] Valid { get; set; } = [];
}
