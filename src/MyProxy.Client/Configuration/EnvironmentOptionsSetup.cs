using Microsoft.Extensions.Options;

namespace MyProxy.Client.Configuration;

/// <summary>
/// The environment's defaults for the options. Registered before any binding or configure action, so
/// configuration and code override the environment (the C tools' variables are defaults, not overrides).
/// </summary>
internal sealed class EnvironmentOptionsSetup : IConfigureOptions<MyProxyClientOptions>
{
    private readonly IEnvironmentReader _environment;

    public EnvironmentOptionsSetup(IEnvironmentReader environment)
    {
        _environment = environment;
    }

    public void Configure(MyProxyClientOptions options) => EnvironmentDefaults.Apply(options, _environment);
}
