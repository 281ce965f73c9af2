using Microsoft.Extensions.DependencyInjection;
using MyProxy.Client.Configuration;
using MyProxy.Client.DependencyInjection;
using MyProxy.Client.Strategies;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Validation;
using MyProxy.Transport;
using NSubstitute;

namespace MyProxy.Client.Tests.Support;

/// <summary>A client built by AddMyProxyClient whose transport, trust store and validators are substitutes.</summary>
internal sealed class TestClient : IDisposable
{
    private readonly ServiceProvider _provider;

    public TestClient(ScriptedConnection connection, Action<IServiceCollection>? configure = null)
    {
        Transport = Substitute.For<IMyProxyTransport>();
        Transport.Name.Returns("scripted");
        Transport.ConnectAsync(default!, default!, default).ReturnsForAnyArgs(connection.Connection);
        Validator = Substitute.For<ICertificateChainValidator>();
        Validator.Validate(default!).ReturnsForAnyArgs(new ChainValidationResult { Failures = [] });
        TrustRoots = Substitute.For<ITrustRootStore>();
        TrustRoots.ValidationDirectory.Returns("/trust");
        TrustRoots.Install(default!).ReturnsForAnyArgs(new Transport.Trust.TrustRootInstallResult("/trust", ["/trust/ab.0"]));
        Credentials = Substitute.For<ICredentialLocator>();

        var services = new ServiceCollection();
        var selector = Substitute.For<IMyProxyTransportSelector>();
        selector.Select(Arg.Any<X509Credential?>()).Returns(Transport);
        var validators = Substitute.For<ICertificateChainValidatorFactory>();
        validators.Create(default!).ReturnsForAnyArgs(Validator);
        services.AddSingleton(selector);
        services.AddSingleton(validators);
        services.AddSingleton(TrustRoots);
        services.AddSingleton(Credentials);
        services.AddSingleton<IEnvironmentReader>(new FakeEnvironment());
        configure?.Invoke(services);
        services.AddMyProxyClient(options => options.Host = "myproxy.example.org");
        _provider = services.BuildServiceProvider();
    }

    public IMyProxyTransport Transport { get; }

    public ICertificateChainValidator Validator { get; }

    public ITrustRootStore TrustRoots { get; }

    public ICredentialLocator Credentials { get; }

    public MyProxyClient Client => _provider.GetRequiredService<MyProxyClient>();

    public void Dispose() => _provider.Dispose();
}
