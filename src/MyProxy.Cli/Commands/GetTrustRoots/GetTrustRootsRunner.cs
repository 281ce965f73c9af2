using System.Text.Json;
using MyProxy.Crypto;
using MyProxy.Transport;
using MyProxy.Transport.Trust;

namespace MyProxy.Cli.Commands.GetTrustRoots;

/// <summary>
/// Runs <c>myproxy get-trustroots</c> as <c>myproxy-get-trustroots</c> does: servers from <c>-s</c>/<c>-p</c> or
/// MYPROXY_SERVER(_PORT), the server verified against the trust directory (X509_CERT_DIR, ...), the files installed
/// where the C client installs them, then <c>Trust roots have been installed in DIR/.</c> on standard output. A
/// bootstrap is always reported on standard error, even with <c>-q</c>. Failures are thrown for the ErrorReporter.
/// </summary>
internal sealed class GetTrustRootsRunner
{
    private readonly Func<string, string?> _environment;
    private readonly bool _isRoot;

    public GetTrustRootsRunner(Func<string, string?> environment, bool isRoot)
    {
        _environment = environment;
        _isRoot = isRoot;
    }

    /// <summary>The C client's success line; it prints the directory with exactly one trailing '/'.</summary>
    public static string InstalledLine(string directory) => $"Trust roots have been installed in {directory.TrimEnd('/')}/.";

    /// <summary>The lines that report a bootstrap, as the C client words them, with the fingerprint added.</summary>
    public static IEnumerable<string> BootstrapLines(BootstrapTrustAnchor anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        yield return "Bootstrapping MyProxy server root of trust.";
        yield return $"New trusted MyProxy server: {anchor.ServerSubject}";
        yield return $"New trusted CA: {anchor.Subject}";
        yield return $"  SHA-256 fingerprint: {anchor.Sha256Fingerprint}";
    }

    /// <summary>The <c>--json</c> document.</summary>
    public static string Json(TrustRootRetrievalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var authority = result.BootstrappedAuthority;
        var report = new GetTrustRootsReport(
            result.Installed.Directory,
            result.Installed.InstalledPaths,
            authority is null ? null : new BootstrappedCaReport(authority.Subject, authority.Sha256Fingerprint));
        return JsonSerializer.Serialize(report, GetTrustRootsJsonContext.Default.GetTrustRootsReport);
    }

    public async Task<int> RunAsync(GetTrustRootsSettings settings, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var environment = new TransportEnvironment(_environment);
        var locations = new TrustRootDirectory(_environment, _isRoot);
        var crypto = CryptoProviders.For(settings.Crypto);
        var (servers, options) = Connection(settings, environment, locations.LocateForValidation(), crypto);
        var directory = locations.LocateForInstall();
        var transport = Transport(settings.Transport);
        if (settings.Verbose)
        {
            await error.WriteLineAsync(
                $"myproxy: connecting to {string.Join(", ", servers)} over {transport.Name}; trust roots go to {directory}").ConfigureAwait(false);
        }

        Action<BootstrapTrustAnchor>? bootstrap = settings.Bootstrap ? anchor => Report(anchor, error) : null;
        var retrieval = new TrustRootRetrieval(transport, crypto: crypto);
        var result = await retrieval.RetrieveAsync(servers, options, directory, bootstrap, cancellationToken).ConfigureAwait(false);
        if (settings.Verbose)
        {
            await error.WriteLineAsync($"myproxy: {result.Server} answered").ConfigureAwait(false);
            foreach (var path in result.Installed.InstalledPaths)
            {
                await error.WriteLineAsync($"myproxy: wrote {path}").ConfigureAwait(false);
            }
        }

        if (settings.Json)
        {
            await output.WriteLineAsync(Json(result)).ConfigureAwait(false);
        }
        else if (!settings.Quiet)
        {
            await output.WriteLineAsync(InstalledLine(directory)).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static (IReadOnlyList<MyProxyEndpoint> Servers, TransportOptions Options) Connection(
        GetTrustRootsSettings settings, TransportEnvironment environment, string? validationDirectory, ICryptoProvider crypto)
    {
        try
        {
            var servers = environment.Servers(settings.Servers, settings.Port);
            var options = environment.Apply(new TransportOptions { ServerChainValidator = ServerChainValidation.FromDirectory(validationDirectory, crypto) });
            return (servers, settings.Timeout is { } timeout ? options with { ConnectTimeout = timeout, ReadTimeout = timeout } : options);
        }
        catch (FormatException exception)
        {
            // A malformed environment variable or host list: the user's input, not an internal error.
            throw new MyProxyException(exception.Message, exception);
        }
    }

    /// <summary>
    /// <c>auto</c> chooses as the client facade does for every other command: SslStream unless a proxy must be
    /// presented, and this connection is anonymous.
    /// </summary>
    private static IMyProxyTransport Transport(string name) =>
        MyProxyTransports.ByName(name == "auto" ? "sslstream" : name);

    private static void Report(BootstrapTrustAnchor anchor, TextWriter error)
    {
        foreach (var line in BootstrapLines(anchor))
        {
            error.WriteLine(line);
        }
    }
}
