using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MyProxy.Client;
using MyProxy.Client.DependencyInjection;
using MyProxy.Samples.WorkerHost;

const string OnceFlag = "--once";
var once = args.Contains(OnceFlag, StringComparer.Ordinal);

// The flag is ours, not a configuration key: the command-line provider would reject a key without a value.
var builder = Host.CreateApplicationBuilder(args.Where(argument => argument != OnceFlag).ToArray());
if (once)
{
    // A one-shot run reports its own result line; the client's warnings would only repeat it.
    builder.Logging.SetMinimumLevel(LogLevel.Error);
}

var section = builder.Configuration.GetSection(MyProxyClientOptions.SectionName);
builder.Services.AddMyProxyClient(section);
builder.Services.AddOptions<ProxyFileOptions>().Bind(section).ValidateOnStart();
builder.Services.AddSingleton<IValidateOptions<ProxyFileOptions>, ProxyFileOptionsValidator>();
builder.Services.AddSingleton<ProxyRefresher>();
builder.Services.AddSingleton<RefreshSchedule>();
if (!once)
{
    builder.Services.AddHostedService<ProxyRefreshWorker>();
}

using var host = builder.Build();
if (once)
{
    return await OnceCommand.RunAsync(host.Services, CancellationToken.None);
}

try
{
    await host.RunAsync();
    return 0;
}
catch (OptionsValidationException exception)
{
    await Console.Error.WriteLineAsync($"error: {OnceCommand.OneLine(exception.Message)}");
    return 1;
}
