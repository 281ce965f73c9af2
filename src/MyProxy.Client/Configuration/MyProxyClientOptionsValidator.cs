using Microsoft.Extensions.Options;
using MyProxy.Client.Keys;
using MyProxy.Transport;

namespace MyProxy.Client.Configuration;

/// <summary>Checks <see cref="MyProxyClientOptions"/> at start-up, naming each bad setting and how to fix it.</summary>
internal sealed class MyProxyClientOptionsValidator : IValidateOptions<MyProxyClientOptions>
{
    public ValidateOptionsResult Validate(string? name, MyProxyClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckServer(options, failures);
        if (options.ProxyLifetime <= TimeSpan.Zero)
        {
            failures.Add($"MyProxy:ProxyLifetime is {options.ProxyLifetime}; give a positive time span such as 12:00:00.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add($"MyProxy:Timeout is {options.Timeout}; give a positive time span (or set MYPROXY_SOCKET_TIMEOUT to whole seconds).");
        }

        CheckKey(options, failures);
        CheckKeyPool(options.KeyPool, failures);
        if (!Enum.IsDefined(options.Transport))
        {
            failures.Add($"MyProxy:Transport is {options.Transport}; use auto, sslstream or bouncycastle.");
        }

        if (!Enum.IsDefined(options.Crypto))
        {
            failures.Add($"MyProxy:Crypto is {options.Crypto}; use system or bouncycastle.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckServer(MyProxyClientOptions options, List<string> failures)
    {
        if (options.Port is { } port && port is < 1 or > 65535)
        {
            failures.Add($"MyProxy:Port is {port}; give a port from 1 to 65535 (MYPROXY_SERVER_PORT too).");
            return;
        }

        if (string.IsNullOrWhiteSpace(options.Host))
        {
            failures.Add("No MyProxy server: set MyProxy:Host or MYPROXY_SERVER.");
            return;
        }

        try
        {
            MyProxyEndpoint.ParseList(options.Host, options.Port ?? MyProxyEndpoint.DefaultPort);
        }
        catch (FormatException exception)
        {
            failures.Add($"MyProxy:Host: {exception.Message}");
        }
    }

    private static void CheckKey(MyProxyClientOptions options, List<string> failures)
    {
        try
        {
            _ = KeySpecifications.From(options.KeyType, options.KeySize);
        }
        catch (ArgumentException exception)
        {
            failures.Add($"MyProxy:KeySize/KeyType: {exception.Message}");
        }

        if (options.ParallelKeyGenerations is < 1 or > KeyGenerationRace.MaxGenerations)
        {
            failures.Add($"MyProxy:ParallelKeyGenerations is {options.ParallelKeyGenerations}; give 1 to {KeyGenerationRace.MaxGenerations} (1: no race).");
        }
    }

    private static void CheckKeyPool(MyProxyKeyPoolOptions? pool, List<string> failures)
    {
        if (pool is null)
        {
            failures.Add("MyProxy:KeyPool is null; leave it out (no pool) or give a Size.");
            return;
        }

        if (pool.Size is < 0 or > MyProxyKeyPoolOptions.MaximumSize)
        {
            failures.Add($"MyProxy:KeyPool:Size is {pool.Size}; give 0 (no pool) up to {MyProxyKeyPoolOptions.MaximumSize} keys.");
        }

        if (pool.RefillConcurrency is < 1 or > MyProxyKeyPoolOptions.MaximumRefillConcurrency)
        {
            failures.Add($"MyProxy:KeyPool:RefillConcurrency is {pool.RefillConcurrency}; give 1 to {MyProxyKeyPoolOptions.MaximumRefillConcurrency} (about the number of cores).");
        }
    }
}
