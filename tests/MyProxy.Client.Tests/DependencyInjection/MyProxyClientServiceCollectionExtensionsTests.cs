using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MyProxy.Client.Configuration;
using MyProxy.Client.DependencyInjection;
using MyProxy.Client.Strategies;
using MyProxy.Client.Tests.Support;
using MyProxy.Crypto;
using MyProxy.Transport.Tls;
using NSubstitute;

namespace MyProxy.Client.Tests.DependencyInjection;

/// <summary>Registrations, environment defaults under configuration, validation at start, replaceable strategies.</summary>
public sealed class MyProxyClientServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(FakeEnvironment environment, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? before = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IEnvironmentReader>(environment);
        before?.Invoke(services);
        services.AddMyProxyClient(new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    private static MyProxyClientOptions Options(ServiceProvider provider) => provider.GetRequiredService<IOptions<MyProxyClientOptions>>().Value;

    [Test]
    public void AddMyProxyClient_Configuration_BindsEverySetting()
    {
        using var provider = Build(new FakeEnvironment(), new Dictionary<string, string?>
        {
            ["MyProxy:Host"] = "a.example.org,b.example.org",
            ["MyProxy:Port"] = "7513",
            ["MyProxy:ServerDN"] = "/CN=host/a.example.org",
            ["MyProxy:CACertDir"] = "/trust",
            ["MyProxy:ProxyLifetime"] = "02:00:00",
            ["MyProxy:KeyType"] = "ec",
            ["MyProxy:KeySize"] = "384",
            ["MyProxy:Timeout"] = "00:00:05",
            ["MyProxy:Transport"] = "bouncycastle",
            ["MyProxy:Crypto"] = "bouncycastle",
        });

        var options = Options(provider);

        Assert.Multiple(() =>
        {
            Assert.That(options.Host, Is.EqualTo("a.example.org,b.example.org"));
            Assert.That(options.Port, Is.EqualTo(7513));
            Assert.That(options.ServerDN, Is.EqualTo("/CN=host/a.example.org"));
            Assert.That(options.CACertDir, Is.EqualTo("/trust"));
            Assert.That(options.ProxyLifetime, Is.EqualTo(TimeSpan.FromHours(2)));
            Assert.That(options.KeyType, Is.EqualTo(MyProxyKeyType.EC));
            Assert.That(options.KeySize, Is.EqualTo(384));
            Assert.That(options.Timeout, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(options.Transport, Is.EqualTo(MyProxyTransportKind.BouncyCastle));
            Assert.That(provider.GetRequiredService<ICryptoProvider>().Backend, Is.EqualTo(CryptoBackend.BouncyCastle));
        });
    }

    [Test]
    public void AddMyProxyClient_KeyPoolSettings_BindTheNestedSection()
    {
        using var provider = Build(new FakeEnvironment(), new Dictionary<string, string?>
        {
            ["MyProxy:Host"] = "h",
            ["MyProxy:KeyPool:Size"] = "32",
            ["MyProxy:KeyPool:RefillConcurrency"] = "2",
        });

        var pool = Options(provider).KeyPool;

        Assert.That((pool.Size, pool.RefillConcurrency), Is.EqualTo((32, 2)));
    }

    [Test]
    public void AddMyProxyClient_NoKeyPoolSettings_PoolIsOff() =>
        Assert.That(Options(Build(new FakeEnvironment().Set("MYPROXY_SERVER", "h"))).KeyPool.Size, Is.Zero);

    [Test]
    public void AddMyProxyClient_EnvironmentOnly_TakesTheCToolsVariables()
    {
        var environment = new FakeEnvironment()
            .Set("MYPROXY_SERVER", "env.example.org")
            .Set("MYPROXY_SERVER_PORT", "7600")
            .Set("MYPROXY_SERVER_DN", "/CN=host/env.example.org")
            .Set("X509_CERT_DIR", "/env/certificates")
            .Set("MYPROXY_SOCKET_TIMEOUT", "7")
            .Set("MYPROXY_KEYBITS", "4096");
        using var provider = Build(environment);

        var options = Options(provider);

        Assert.Multiple(() =>
        {
            Assert.That(options.Host, Is.EqualTo("env.example.org"));
            Assert.That(options.Port, Is.EqualTo(7600));
            Assert.That(options.ServerDN, Is.EqualTo("/CN=host/env.example.org"));
            Assert.That(options.CACertDir, Is.EqualTo("/env/certificates"));
            Assert.That(options.Timeout, Is.EqualTo(TimeSpan.FromSeconds(7)));
            Assert.That(options.KeySize, Is.EqualTo(4096));
        });
    }

    [Test]
    public void AddMyProxyClient_ConfigurationAndEnvironment_ConfigurationWins()
    {
        using var provider = Build(new FakeEnvironment().Set("MYPROXY_SERVER", "env.example.org"), new Dictionary<string, string?> { ["MyProxy:Host"] = "config.example.org" });

        Assert.That(Options(provider).Host, Is.EqualTo("config.example.org"));
    }

    [Test]
    public void AddMyProxyClient_MalformedSocketTimeout_FailsValidation()
    {
        using var provider = Build(new FakeEnvironment().Set("MYPROXY_SERVER", "h").Set("MYPROXY_SOCKET_TIMEOUT", "soon"));

        Assert.That(() => Options(provider), Throws.TypeOf<OptionsValidationException>().With.Message.Contains("Timeout"));
    }

    [Test]
    public void AddMyProxyClient_NoServer_FailsStartupValidation()
    {
        using var provider = Build(new FakeEnvironment());

        Assert.That(async () => await provider.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(CancellationToken.None), Throws.InstanceOf<OptionsValidationException>());
    }

    [Test]
    public void AddMyProxyClient_Defaults_ResolvesTheClientAndDefaultStrategies()
    {
        using var provider = Build(new FakeEnvironment().Set("MYPROXY_SERVER", "h"));

        Assert.Multiple(() =>
        {
            Assert.That(provider.GetRequiredService<MyProxyClient>(), Is.Not.Null);
            Assert.That(provider.GetRequiredService<ICredentialLocator>(), Is.InstanceOf<GlobusCredentialLocator>());
            Assert.That(provider.GetRequiredService<ITrustRootStore>(), Is.InstanceOf<DirectoryTrustRootStore>());
            Assert.That(provider.GetRequiredService<ITrustBootstrapPolicy>(), Is.InstanceOf<ExplicitTrustBootstrapPolicy>());
            Assert.That(provider.GetRequiredService<ICertificateChainValidatorFactory>(), Is.InstanceOf<ProxyChainValidatorFactory>());
            Assert.That(provider.GetRequiredService<IMyProxyTransportSelector>(), Is.InstanceOf<OptionsTransportSelector>());
            Assert.That(provider.GetRequiredService<ICryptoProvider>().Backend, Is.EqualTo(CryptoBackend.System));
            Assert.That(provider.GetRequiredService<TimeProvider>(), Is.SameAs(TimeProvider.System));
        });
    }

    [Test]
    public void AddMyProxyClient_HostRegisteredItsOwnStrategies_KeepsThem()
    {
        var locator = Substitute.For<ICredentialLocator>();
        var store = Substitute.For<ITrustRootStore>();
        var policy = Substitute.For<ITrustBootstrapPolicy>();
        var selector = Substitute.For<IMyProxyTransportSelector>();
        using var provider = Build(new FakeEnvironment().Set("MYPROXY_SERVER", "h"), before: services =>
        {
            services.AddSingleton(locator);
            services.AddSingleton(store);
            services.AddSingleton(policy);
            services.AddSingleton(selector);
        });

        Assert.Multiple(() =>
        {
            Assert.That(provider.GetRequiredService<ICredentialLocator>(), Is.SameAs(locator));
            Assert.That(provider.GetRequiredService<ITrustRootStore>(), Is.SameAs(store));
            Assert.That(provider.GetRequiredService<ITrustBootstrapPolicy>(), Is.SameAs(policy));
            Assert.That(provider.GetRequiredService<IMyProxyTransportSelector>(), Is.SameAs(selector));
        });
    }

    [Test]
    public void AddMyProxyClient_Action_AppliesAfterTheEnvironment()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IEnvironmentReader>(new FakeEnvironment().Set("MYPROXY_SERVER", "env.example.org").Set("MYPROXY_SERVER_PORT", "7600"));
        services.AddMyProxyClient(options => options.Host = "code.example.org");
        using var provider = services.BuildServiceProvider();

        var options = Options(provider);

        Assert.That((options.Host, options.Port), Is.EqualTo(("code.example.org", (int?)7600)));
    }

    [Test]
    public void OptionsTransportSelector_Auto_IsSslStreamForAnonymous()
    {
        var selector = new OptionsTransportSelector(Microsoft.Extensions.Options.Options.Create(new MyProxyClientOptions()));

        Assert.That(selector.Select(null), Is.SameAs(SslStreamTransport.Instance));
    }
}
