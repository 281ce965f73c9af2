using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MyProxy.Client;
using MyProxy.Client.Configuration;
using MyProxy.Client.DependencyInjection;

namespace MyProxy.IntegrationTests.Client;

/// <summary>
/// The sandbox as a host configures the client: only <c>AddMyProxyClient</c> and an in-memory configuration
/// section <c>MyProxy</c>. The environment is a test-controlled dictionary (by default alice's proxy as the
/// client credential and a HOME of its own), never the machine's.
/// </summary>
internal sealed class ClientSandbox : IDisposable
{
    private readonly ServiceProvider _provider;

    private ClientSandbox(ServiceProvider provider, string home)
    {
        _provider = provider;
        Home = home;
    }

    public string Home { get; }

    public MyProxyClient Client => _provider.GetRequiredService<MyProxyClient>();

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public static ClientSandbox Create(
        string transport = "auto",
        string crypto = "system",
        IReadOnlyDictionary<string, string?>? settings = null,
        IReadOnlyDictionary<string, string>? environment = null,
        Action<IServiceCollection>? services = null)
    {
        var server = Sandbox.Server;
        var home = Directory.CreateTempSubdirectory("myproxy-client-home-").FullName;
        var values = new Dictionary<string, string?>
        {
            ["MyProxy:Host"] = server.Host,
            ["MyProxy:Port"] = server.Port.ToString(CultureInfo.InvariantCulture),
            ["MyProxy:CACertDir"] = server.CertificateDirectory,
            ["MyProxy:Transport"] = transport,
            ["MyProxy:Crypto"] = crypto,
            ["MyProxy:Timeout"] = "00:00:20",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection();
        collection.AddSingleton<IEnvironmentReader>(new DictionaryEnvironment(environment ?? new Dictionary<string, string>
        {
            ["X509_USER_PROXY"] = server.AliceProxyPath,
            ["HOME"] = home,
        }));
        services?.Invoke(collection);
        collection.AddMyProxyClient(configuration);
        var provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _ = provider.GetRequiredService<IOptions<MyProxyClientOptions>>().Value;
        return new ClientSandbox(provider, home);
    }

    /// <summary>A copy of the sandbox trust directory, for tests that install trust roots.</summary>
    public static string CopyOfTrustDirectory(string parent)
    {
        var copy = Path.Combine(parent, "certificates");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.EnumerateFiles(Sandbox.Server.CertificateDirectory))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }

    /// <summary>A username no other test uses, for credentials a test stores.</summary>
    public static string UniqueUsername(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(40, prefix.Length + 33)];

    public void Dispose()
    {
        _provider.Dispose();
        Directory.Delete(Home, recursive: true);
    }
}
