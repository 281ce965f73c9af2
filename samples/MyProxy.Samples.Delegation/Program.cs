using Microsoft.Extensions.Options;
using MyProxy;
using MyProxy.Samples.Delegation.Caller;
using MyProxy.Samples.Delegation.Service;

const string Usage = "usage: MyProxy.Samples.Delegation serve | client | demo  (settings: Delegation__* and MyProxy__* environment variables; see README.md)";

if (args.Length != 1 || args[0] is not ("serve" or "client" or "demo"))
{
    await Console.Error.WriteLineAsync(Usage);
    return 2;
}

var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, press) =>
{
    press.Cancel = true;
    stop.Cancel();
};

try
{
    return args[0] switch
    {
        "serve" => await ServeAsync(configuration, stop.Token),
        "client" => await CallerRun.RunAsync(configuration, service: null, Console.Out, stop.Token) == 0 ? 0 : 1,
        _ => await DemoAsync(configuration, stop.Token),
    };
}
catch (Exception exception) when (exception is MyProxyException or OptionsValidationException or HttpRequestException or IOException or UnauthorizedAccessException or OperationCanceledException)
{
    await Console.Error.WriteLineAsync($"error: {exception.Message.ReplaceLineEndings(" ")}");
    return 1;
}

// The service alone, until Ctrl+C; run the client against the port it prints.
static async Task<int> ServeAsync(IConfiguration configuration, CancellationToken stop)
{
    await using var app = DelegationService.Build(configuration, LogLevel.Information);
    await app.StartAsync(stop);
    await Console.Out.WriteLineAsync($"listening on https://localhost:{DelegationService.ListeningPort(app)} (Ctrl+C stops)");
    await app.WaitForShutdownAsync(stop);
    return 0;
}

// The service in-process on a free loopback port, the client's whole flow against it, then stop.
static async Task<int> DemoAsync(IConfiguration configuration, CancellationToken stop)
{
    await using var app = DelegationService.Build(configuration, LogLevel.Error);
    await app.StartAsync(stop);
    var service = $"localhost:{DelegationService.ListeningPort(app)}";
    await Console.Out.WriteLineAsync($"delegation service on https://{service}");
    var surprises = await CallerRun.RunAsync(configuration, service, Console.Out, stop);
    await app.StopAsync(CancellationToken.None);
    return surprises == 0 ? 0 : 1;
}
