using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MyProxy.Client.Commands;
using MyProxy.Client.Configuration;
using MyProxy.Client.Keys;
using MyProxy.Client.Logging;
using MyProxy.Client.Operations;
using MyProxy.Client.Sessions;
using MyProxy.Client.Strategies;
using MyProxy.Crypto;
using MyProxy.Protocol.Requests;

namespace MyProxy.Client;

/// <summary>
/// A MyProxy client: one asynchronous, cancellable method per command. Thread-safe and meant to be reused (each
/// call opens its own connection); methods are virtual so that callers can mock the client. Dispose it to release
/// its key pool (<see cref="MyProxyClientOptions.KeyPool"/>), when it has one.
/// </summary>
/// <remarks>
/// Failures are <see cref="MyProxyException"/>s whose <see cref="MyProxyException.Phase"/> says which step failed;
/// a refusal is a <see cref="MyProxyServerException"/> carrying the server's <c>ERROR=</c> lines verbatim.
/// Invalid arguments raise <see cref="ArgumentException"/> or <see cref="MyProxyRequestException"/> before any I/O.
/// </remarks>
public class MyProxyClient : IDisposable
{
    private readonly ClientContext? _context;

    /// <summary>Creates a client from its services (what <c>AddMyProxyClient</c> registers).</summary>
    /// <param name="options">The validated options.</param>
    /// <param name="crypto">The cryptography backend.</param>
    /// <param name="transports">Chooses the TLS implementation per connection.</param>
    /// <param name="trustRoots">The trust directory.</param>
    /// <param name="bootstrap">Decides on first-contact trust.</param>
    /// <param name="credentials">Finds the client credential when a request names none.</param>
    /// <param name="validators">Makes chain validators over the trust directory.</param>
    /// <param name="environment">The environment (port ranges).</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The log.</param>
#pragma warning disable S107 // One parameter per replaceable strategy: that is what the DI container composes.
    public MyProxyClient(
        IOptions<MyProxyClientOptions> options,
        ICryptoProvider crypto,
        IMyProxyTransportSelector transports,
        ITrustRootStore trustRoots,
        ITrustBootstrapPolicy bootstrap,
        ICredentialLocator credentials,
        ICertificateChainValidatorFactory validators,
        IEnvironmentReader environment,
        TimeProvider time,
        ILogger<MyProxyClient> logger)
#pragma warning restore S107
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(crypto);
        ArgumentNullException.ThrowIfNull(transports);
        ArgumentNullException.ThrowIfNull(trustRoots);
        ArgumentNullException.ThrowIfNull(bootstrap);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(validators);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
#pragma warning disable CA2000 // The client owns the pool and disposes it in Dispose.
        _context = new ClientContext(
            options.Value, crypto, transports, trustRoots, bootstrap, credentials, validators, environment, time, logger, KeyPoolFor(options.Value, crypto, logger));
#pragma warning restore CA2000
    }

    /// <summary>For mocking frameworks only; a client made this way has no services and every call fails.</summary>
    protected MyProxyClient()
    {
    }

    /// <summary>Creates a client with the default strategies, without a DI container.</summary>
    /// <param name="options">The options (environment defaults are not applied; validated here).</param>
    /// <param name="loggerFactory">Where to log; nowhere when <see langword="null"/>.</param>
    /// <returns>The client.</returns>
    /// <exception cref="OptionsValidationException">The options are not valid.</exception>
    public static MyProxyClient Create(MyProxyClientOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validation = new MyProxyClientOptionsValidator().Validate(Options.DefaultName, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(MyProxyClientOptions), validation.Failures);
        }

        var factory = loggerFactory ?? NullLoggerFactory.Instance;
        var wrapped = Options.Create(options);
        var crypto = CryptoProviders.For(options.Crypto);
        var environment = ProcessEnvironmentReader.Instance;
        return new MyProxyClient(
            wrapped, crypto, new OptionsTransportSelector(wrapped), new DirectoryTrustRootStore(wrapped, environment, TimeProvider.System),
            new ExplicitTrustBootstrapPolicy(factory.CreateLogger<ExplicitTrustBootstrapPolicy>()), new GlobusCredentialLocator(environment),
            new ProxyChainValidatorFactory(crypto, TimeProvider.System), environment, TimeProvider.System, factory.CreateLogger<MyProxyClient>());
    }

    /// <summary>GET (<c>myproxy-logon</c>, Python <c>logon</c>/<c>getDelegation</c>): a new credential, verified before it is returned.</summary>
    /// <param name="request">Who, how authenticated, what key, lifetime and extras.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The credential (or chain), the server, the installed trust roots.</returns>
    public virtual Task<LogonResult> LogonAsync(LogonRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(MyProxyCommand.Get, request?.Username, () => LogonCommand.ExecuteAsync(Context, request!, cancellationToken));

    /// <summary>GET_TRUSTROOTS (<c>myproxy-get-trustroots</c>): the server's trusted CA files, installed by default.</summary>
    /// <param name="request">Install or not, bootstrap or not; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The files and where they went.</returns>
    public virtual Task<GetTrustRootsResult> GetTrustRootsAsync(GetTrustRootsRequest? request = null, CancellationToken cancellationToken = default) =>
        RunAsync(MyProxyCommand.GetTrustRoots, string.Empty, () => GetTrustRootsCommand.ExecuteAsync(Context, request ?? new GetTrustRootsRequest(), cancellationToken));

    /// <summary>INFO (<c>myproxy-info</c>): every stored credential of the user owned by the client's identity, with every field.</summary>
    /// <param name="request">The user, optionally one credential name, the client credential.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The credentials.</returns>
    public virtual Task<InfoResult> InfoAsync(InfoRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(MyProxyCommand.Info, request?.Username, async () =>
        {
            var (response, endpoint) = await SimpleCommand.ExecuteAsync(Context, MyProxyRequest.Info(request!.Username, request.CredentialName), request.ClientCredential, cancellationToken)
                .ConfigureAwait(false);
            return new InfoResult(endpoint, response.Credentials);
        });

    /// <summary>DESTROY (<c>myproxy-destroy</c>): removes a stored credential.</summary>
    /// <param name="request">The user, optionally the credential name, the client credential (the owner's).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server that removed it.</returns>
    public virtual Task<MyProxyCommandResult> DestroyAsync(DestroyRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(MyProxyCommand.Destroy, request?.Username, async () =>
        {
            var (_, endpoint) = await SimpleCommand.ExecuteAsync(Context, MyProxyRequest.Destroy(request!.Username, request.CredentialName), request.ClientCredential, cancellationToken)
                .ConfigureAwait(false);
            return new MyProxyCommandResult(endpoint);
        });

    /// <summary>CHANGE_PASSWORD (<c>myproxy-change-pass-phrase</c>).</summary>
    /// <param name="request">The user, the old and new passphrases, the client credential (the owner's).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server that changed it.</returns>
    public virtual Task<MyProxyCommandResult> ChangePassphraseAsync(ChangePassphraseRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(MyProxyCommand.ChangePassword, request?.Username, async () =>
        {
            var wire = MyProxyRequest.ChangePassphrase(request!.Username, request.Passphrase, request.NewPassphrase, request.CredentialName);
            var (_, endpoint) = await SimpleCommand.ExecuteAsync(Context, wire, request.ClientCredential, cancellationToken).ConfigureAwait(false);
            return new MyProxyCommandResult(endpoint);
        });

    /// <summary>PUT (<c>myproxy-init</c>): delegates an RFC 3820 proxy of the client credential to the server.</summary>
    /// <param name="request">The user, passphrase, lifetimes, policies, the signing credential.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What was delegated.</returns>
    public virtual Task<PutResult> PutAsync(PutRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(MyProxyCommand.Put, request?.Username, () => PutCommand.ExecuteAsync(Context, request!, cancellationToken));

    /// <summary>STORE (<c>myproxy-store</c>): uploads an end-entity certificate and key.</summary>
    /// <param name="request">The user, the PEM texts, policies, the client credential.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The server that stored it.</returns>
    public virtual Task<MyProxyCommandResult> StoreAsync(StoreRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(MyProxyCommand.Store, request?.Username, () => StoreCommand.ExecuteAsync(Context, request!, cancellationToken));

    /// <summary>RETRIEVE (<c>myproxy-retrieve</c>): the stored credential itself, key decrypted with the passphrase and verified.</summary>
    /// <param name="request">The user, passphrase, credential name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The credential and its stored PEM.</returns>
    public virtual Task<RetrieveResult> RetrieveAsync(RetrieveRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(MyProxyCommand.Retrieve, request?.Username, () => RetrieveCommand.ExecuteAsync(Context, request!, cancellationToken));

    /// <summary>Disposes the key pool and the keys still in it.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the key pool when <paramref name="disposing"/>.</summary>
    /// <param name="disposing">True from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _context?.KeyPool?.Dispose();
        }
    }

    private static MyProxyKeyPool? KeyPoolFor(MyProxyClientOptions options, ICryptoProvider crypto, ILogger logger) =>
        options.KeyPool is { Size: > 0 } pool
            ? new MyProxyKeyPool(crypto, KeySpecifications.From(options.KeyType, options.KeySize), pool.Size, pool.RefillConcurrency, logger)
            : null;

    /// <summary>Keys ready in the key pool; 0 without one.</summary>
    internal int KeyPoolAvailable => _context?.KeyPool?.Available ?? 0;

    private ClientContext Context => _context ?? throw new InvalidOperationException("This MyProxyClient was made for mocking and has no services.");

    private async Task<T> RunAsync<T>(MyProxyCommand command, string? username, Func<Task<T>> operation)
        where T : MyProxyCommandResult
    {
        if (username is null)
        {
            throw new ArgumentNullException("request");
        }

        var context = Context;
        try
        {
            var result = await operation().ConfigureAwait(false);
            ClientLog.Completed(context.Logger, command, username, result.Endpoint.ToString());
            return result;
        }
        catch (MyProxyServerException exception)
        {
            ClientLog.ServerRefused(context.Logger, command, exception.Phase, string.Join(" | ", exception.ServerErrors));
            throw;
        }
        catch (MyProxyException exception)
        {
            ClientLog.Failed(context.Logger, command, exception.Phase, exception.Message);
            throw;
        }
    }
}
