namespace MyProxy.Fuzz;

/// <summary>A decoder broke its contract without throwing: no progress, or two ways of decoding disagree.</summary>
internal sealed class FuzzContractException : Exception
{
    public FuzzContractException()
    {
    }

    public FuzzContractException(string message)
        : base(message)
    {
    }

    public FuzzContractException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
