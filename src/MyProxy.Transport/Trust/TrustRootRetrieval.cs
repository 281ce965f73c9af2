using MyProxy.Crypto;
using MyProxy.Protocol.Requests;

namespace MyProxy.Transport.Trust;

/// <summary>
/// What <c>myproxy-get-trustroots [-b]</c> does: connect (host list with failover), send GET_TRUSTROOTS, install
/// the files. With a bootstrap callback (<c>-b</c>) it behaves as the C client: when the trust directory is
/// missing or empty it bootstraps right away, otherwise it connects normally and bootstraps only if the server's
/// chain does not validate. Nothing is written unless the server was verified (or bootstrapped) and answered OK.
/// </summary>
public sealed class TrustRootRetrieval
{
    private readonly FailoverConnector _connector;
    private readonly TrustRootInstaller _installer;
    private readonly ICryptoProvider? _crypto;

    /// <summary>Creates a retrieval over a transport.</summary>
    /// <param name="transport">The TLS implementation.</param>
    /// <param name="installer">Writes the files; a default installer when <see langword="null"/>.</param>
    /// <param name="crypto">Verifies signatures during a bootstrap; the System backend when <see langword="null"/>.</param>
    public TrustRootRetrieval(IMyProxyTransport transport, TrustRootInstaller? installer = null, ICryptoProvider? crypto = null)
    {
        _connector = new FailoverConnector(transport);
        _installer = installer ?? new TrustRootInstaller();
        _crypto = crypto;
    }

    /// <summary>Retrieves the server's trust roots and installs them into <paramref name="directory"/>.</summary>
    /// <param name="servers">The servers to try in order.</param>
    /// <param name="options">Connection options; <see cref="TransportOptions.ServerChainValidator"/> checks against <paramref name="directory"/>.</param>
    /// <param name="directory">The trust directory to install into.</param>
    /// <param name="bootstrap">Told about the CA trusted by a bootstrap (<c>-b</c>); <see langword="null"/> = never bootstrap.</param>
    /// <param name="cancellationToken">Cancels the retrieval.</param>
    /// <returns>Which server answered, what was written, and the bootstrapped CA if any.</returns>
    /// <exception cref="MyProxyTransportException">No server could be reached, or the server was refused.</exception>
    /// <exception cref="MyProxyValidationException">The server's chain is not valid and no bootstrap was allowed.</exception>
    /// <exception cref="MyProxyServerException">The server refused the request.</exception>
    /// <exception cref="MyProxyTrustRootException">The server sent no trust roots, unsafe names, or the files could not be written.</exception>
    public async Task<TrustRootRetrievalResult> RetrieveAsync(
        IReadOnlyList<MyProxyEndpoint> servers,
        TransportOptions options,
        string directory,
        Action<BootstrapTrustAnchor>? bootstrap,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (bootstrap is not null && IsEmpty(directory))
        {
            return await RetrieveWithAsync(servers, options, directory, new TrustBootstrap(bootstrap, crypto: _crypto), cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await RetrieveWithAsync(servers, options, directory, null, cancellationToken).ConfigureAwait(false);
        }
        catch (MyProxyValidationException) when (bootstrap is not null)
        {
            return await RetrieveWithAsync(servers, options, directory, new TrustBootstrap(bootstrap, crypto: _crypto), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<TrustRootRetrievalResult> RetrieveWithAsync(
        IReadOnlyList<MyProxyEndpoint> servers, TransportOptions options, string directory, TrustBootstrap? bootstrap, CancellationToken cancellationToken)
    {
        var effective = bootstrap is null ? options : options with { ServerChainValidator = bootstrap };
        var connection = await _connector.ConnectAsync(servers, effective, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.SendGsiDelegationFlagAsync(cancellationToken).ConfigureAwait(false);
            await connection.WriteAsync(MyProxyRequestEncoder.Encode(MyProxyRequest.GetTrustRoots()), cancellationToken).ConfigureAwait(false);
            var response = await new MyProxyResponseReader(connection, messageTimeout: options.ReadTimeout).ReadResponseAsync(cancellationToken).ConfigureAwait(false);
            response.ThrowIfError();
            var files = response.TrustRoots
                ?? throw new MyProxyTrustRootException($"the MyProxy server {connection.Endpoint} sent no trust roots; it has no trusted certificates directory configured");
            var installed = _installer.Install(directory, files);
            return new TrustRootRetrievalResult(connection.Endpoint, installed, bootstrap?.TrustedAuthority);
        }
    }

    private static bool IsEmpty(string directory) =>
        !Directory.Exists(directory) || !Directory.EnumerateFileSystemEntries(directory).Any();
}
