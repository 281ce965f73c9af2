using System.Security.Cryptography;

namespace MyProxy.Client.Tests.Support;

/// <summary>A real RSA key that tells whether it was generated (its parameters read) and disposed.</summary>
internal sealed class TrackedRsa : RSA
{
    private readonly RSA _inner = Create(1024);
    private readonly TaskCompletionSource _disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool ParametersRead { get; private set; }

    public bool IsDisposed => _disposed.Task.IsCompleted;

    /// <summary>Completes when the key is disposed; a bounded wait, so a missing disposal fails instead of hanging.</summary>
    public Task Disposed => _disposed.Task.WaitAsync(TimeSpan.FromSeconds(30));

    public override RSAParameters ExportParameters(bool includePrivateParameters)
    {
        ParametersRead = true;
        return _inner.ExportParameters(includePrivateParameters);
    }

    public override void ImportParameters(RSAParameters parameters) => _inner.ImportParameters(parameters);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            _disposed.TrySetResult();
        }

        base.Dispose(disposing);
    }
}
