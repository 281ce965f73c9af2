namespace MyProxy.IntegrationTests.Hostile;

/// <summary>One answer of the server: reads what the client sends before it, then returns the answer a correct server gives.</summary>
/// <param name="Name">The step's name in test names (FirstResponse, Chain, FinalResponse, ...).</param>
/// <param name="Answer">Reads the client's part and computes the valid answer.</param>
internal sealed record ExchangeStep(string Name, Func<HostilePeer, ExchangeState, CancellationToken, Task<byte[]>> Answer);
