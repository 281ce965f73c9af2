using System.Globalization;
using MyProxy.Crypto;
using MyProxy.Crypto.Proxies;
using MyProxy.Crypto.Validation;
using MyProxy.Samples.Delegation.Service;
using MyProxy.Samples.Delegation.Tls;

namespace MyProxy.Samples.Delegation.Caller;

/// <summary>The caller program: log on to the MyProxy server, then run <see cref="DelegationScript"/> against the service.</summary>
internal static class CallerRun
{
    /// <summary>Returns the number of unexpected answers (0 = the flow went as DIRAC describes it).</summary>
    public static async Task<int> RunAsync(IConfiguration configuration, string? service, TextWriter output, CancellationToken cancellationToken)
    {
        var options = configuration.GetSection(DelegationServiceOptions.SectionName).Get<CallerOptions>() ?? new CallerOptions();
        var (host, port) = ParseService(service ?? options.Service);
        var caDirectory = options.CACertDir
            ?? throw new MyProxyException("Delegation:CACertDir is not set (environment: Delegation__CACertDir).");
        var crypto = CryptoProviders.For(CryptoBackend.System);
        var serverValidator = new ProxyChainValidator(crypto, CertificateAuthorityDirectory.Load(caDirectory));

        using var userProxy = await UserProxy.LogonAsync(configuration, cancellationToken);
        var script = new DelegationScript(
            (who, credential) => new ServiceCaller(who, CallerConnection.Create(host, port, credential, serverValidator), output),
            new ProxyFactory(crypto),
            options,
            output);
        return await script.RunAsync(userProxy, cancellationToken);
    }

    private static (string Host, int Port) ParseService(string? service)
    {
        var colon = service?.LastIndexOf(':') ?? -1;
        if (service is null || colon <= 0 || !int.TryParse(service.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            throw new MyProxyException($"Delegation:Service is '{service}', not host:port (environment: Delegation__Service=localhost:PORT).");
        }

        return (service[..colon], port);
    }
}
