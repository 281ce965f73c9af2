using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MyProxy.Client.Configuration;
using MyProxy.Client.Strategies;
using MyProxy.Crypto;

namespace MyProxy.Client.DependencyInjection;

/// <summary>Registers <see cref="MyProxyClient"/> and its strategies; every registration is a <c>TryAdd</c>, so a host can replace any of them.</summary>
public static class MyProxyClientServiceCollectionExtensions
{
    /// <summary>
    /// Adds the client with options from the C tools' environment variables, then <paramref name="configure"/>;
    /// the options are validated when the host starts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets options in code; applied after the environment.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddMyProxyClient(this IServiceCollection services, Action<MyProxyClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = AddCore(services);
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        return services;
    }

    /// <summary>
    /// Adds the client with options bound from <paramref name="configuration"/>'s section <c>MyProxy</c> (or from
    /// <paramref name="configuration"/> itself when it is that section) over the environment's defaults.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root, or the <c>MyProxy</c> section.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddMyProxyClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration is IConfigurationSection { Key: MyProxyClientOptions.SectionName }
            ? configuration
            : configuration.GetSection(MyProxyClientOptions.SectionName);
        AddCore(services).Bind(section);
        return services;
    }

    private static OptionsBuilder<MyProxyClientOptions> AddCore(IServiceCollection services)
    {
        services.TryAddSingleton<IEnvironmentReader>(ProcessEnvironmentReader.Instance);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.TryAdd(ServiceDescriptor.Singleton(typeof(ILogger<>), typeof(Logger<>)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MyProxyClientOptions>, MyProxyClientOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<MyProxyClientOptions>, EnvironmentOptionsSetup>());
        services.TryAddSingleton<ICryptoProvider>(provider => CryptoProviders.For(provider.GetRequiredService<IOptions<MyProxyClientOptions>>().Value.Crypto));
        services.TryAddSingleton<IMyProxyTransportSelector, OptionsTransportSelector>();
        services.TryAddSingleton<ITrustRootStore, DirectoryTrustRootStore>();
        services.TryAddSingleton<ITrustBootstrapPolicy, ExplicitTrustBootstrapPolicy>();
        services.TryAddSingleton<ICredentialLocator>(provider => new GlobusCredentialLocator(provider.GetRequiredService<IEnvironmentReader>()));
        services.TryAddSingleton<ICertificateChainValidatorFactory, ProxyChainValidatorFactory>();
        services.TryAddSingleton<MyProxyClient>();
        return services.AddOptions<MyProxyClientOptions>().ValidateOnStart();
    }
}
