namespace MyProxy.Cli.Commands.Network;

/// <summary>A failure the C tool reports with a line of its own (for example <c>Please specify a username.</c>), printed as is.</summary>
internal sealed class CToolMessageException : MyProxyException
{
    public CToolMessageException(string message)
        : base(message)
    {
    }

    public CToolMessageException()
    {
    }

    public CToolMessageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
