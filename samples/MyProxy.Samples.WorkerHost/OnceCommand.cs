using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MyProxy.Samples.WorkerHost;

/// <summary><c>--once</c>: one refresh, a line saying what was written, exit 0; or one line on stderr and exit 1.</summary>
internal static class OnceCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            // Resolving the refresher validates both option sets, as the host does at start.
            var refresher = services.GetRequiredService<ProxyRefresher>();
            var proxy = await refresher.RefreshAsync(cancellationToken);
            await Console.Out.WriteLineAsync($"wrote {proxy.Path}, valid until {proxy.NotAfter:u}");
            return 0;
        }
        catch (Exception exception) when (exception is MyProxyException or OptionsValidationException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: {OneLine(exception.Message)}");
            return 1;
        }
    }

    public static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
