namespace MyProxy.Samples.WorkerHost;

/// <summary>A proxy file just written: where, and the validity of its certificate.</summary>
internal sealed record RefreshedProxy(string Path, DateTimeOffset NotBefore, DateTimeOffset NotAfter);
