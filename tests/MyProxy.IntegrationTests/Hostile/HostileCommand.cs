namespace MyProxy.IntegrationTests.Hostile;

/// <summary>The MyProxy commands the hostile server plays wrongly.</summary>
public enum HostileCommand
{
    Get,
    Put,
    Store,
    Retrieve,
    Info,
    GetTrustRoots,
}
