using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MyProxy.Client;
using MyProxy.Client.DependencyInjection;
using MyProxy.Client.Operations;

namespace MyProxy.Benchmarks.Throughput;

/// <summary>
/// In-process logons against a server for a fixed time from one <see cref="MyProxyClient"/> with a key pool;
/// prints one line <c>logons=N errors=N seconds=S rate=R p50_ms=X p99_ms=Y</c> for bench/throughput.sh. The
/// server, user and trust directory come from the C tools' variables (MYPROXY_SERVER, MYPROXY_SERVER_PORT,
/// X509_CERT_DIR); the passphrase from MYPROXY_PASSPHRASE.
/// </summary>
internal static class ThroughputRun
{
    public static async Task<int> MainAsync(string[] args)
    {
        var settings = Settings.Parse(args);
        var passphrase = Environment.GetEnvironmentVariable("MYPROXY_PASSPHRASE")
            ?? throw new ArgumentException("Set MYPROXY_PASSPHRASE to the credential's passphrase.");
        var services = new ServiceCollection();
        services.AddMyProxyClient(new ConfigurationBuilder().AddInMemoryCollection(settings.ClientSettings()).Build());
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<MyProxyClient>();
        var request = new LogonRequest { Username = settings.User, Passphrase = passphrase, Lifetime = TimeSpan.FromHours(1) };

        await WarmUpAsync(client, request, settings.PoolSize);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var (latencies, errors, elapsed) = await MeasureAsync(client, request, settings);
        Report(latencies, errors, elapsed, Environment.CpuUsage.TotalTime - cpuBefore);
        return errors == 0 ? 0 : 1;
    }

    /// <summary>JIT and TLS warm, and the pool full: what a long-running host has before a burst of logons.</summary>
    private static async Task WarmUpAsync(MyProxyClient client, LogonRequest request, int poolSize)
    {
        (await client.LogonAsync(request)).Credential?.Dispose();
        var filling = Stopwatch.StartNew();
        while (client.KeyPoolAvailable < poolSize && filling.Elapsed < TimeSpan.FromMinutes(10))
        {
            await Task.Delay(250);
        }

        await Console.Error.WriteLineAsync($"pool: {client.KeyPoolAvailable} of {poolSize} keys ready after {filling.Elapsed.TotalSeconds:F0} s");
    }

    private static async Task<(List<double> Latencies, int Errors, TimeSpan Elapsed)> MeasureAsync(MyProxyClient client, LogonRequest request, Settings settings)
    {
        var latencies = new List<double>();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(settings.Seconds);
        await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < end)
            {
                var started = clock.Elapsed;
                try
                {
                    using var credential = (await client.LogonAsync(request)).Credential;
                    lock (latencies)
                    {
                        latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                    }
                }
                catch (MyProxyException exception)
                {
                    Interlocked.Increment(ref errors);
                    await Console.Error.WriteLineAsync($"logon failed: {exception.Message}");
                }
            }
        })));
        return (latencies, errors, clock.Elapsed);
    }

    private static void Report(List<double> latencies, int errors, TimeSpan elapsed, TimeSpan cpu)
    {
        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"logons={latencies.Count} errors={errors} seconds={elapsed.TotalSeconds:F1} rate={latencies.Count / elapsed.TotalSeconds:F2} p50_ms={Percentile(latencies, 0.50):F0} p99_ms={Percentile(latencies, 0.99):F0} cpu_ms={cpu.TotalMilliseconds:F0}"));
    }

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];

    private sealed record Settings(string User, int Seconds, int Concurrency, string KeyType, int PoolSize, int Refill)
    {
        public static Settings Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                values[args[i].TrimStart('-')] = args[i + 1];
            }

            string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);
            int Number(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
            return new Settings(Get("user", "alice"), Number("seconds", 20), Number("concurrency", 4), Get("key-type", "rsa"), Number("pool", 64), Number("refill", 2));
        }

        public Dictionary<string, string?> ClientSettings() => new()
        {
            ["MyProxy:KeyType"] = KeyType,
            ["MyProxy:KeySize"] = KeyType == "ec" ? "256" : "2048",
            ["MyProxy:KeyPool:Size"] = PoolSize.ToString(CultureInfo.InvariantCulture),
            ["MyProxy:KeyPool:RefillConcurrency"] = Refill.ToString(CultureInfo.InvariantCulture),
            ["MyProxy:Timeout"] = "00:01:00",
        };
    }
}
