using MyProxy.Client.Logging;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Validation;
using MyProxy.Transport;
using MyProxy.Transport.Identity;
using MyProxy.Transport.Trust;

namespace MyProxy.Client.Sessions;

/// <summary>
/// Opens a session: the host list with failover, the transport for the credential, the server verified against
/// the trust directory (or, when the bootstrap policy agrees, by a first-contact bootstrap of its issuing CA).
/// </summary>
internal static class SessionOpener
{
    public static async Task<OpenedSession> OpenAsync(ClientContext context, X509Credential? credential, bool bootstrapRequested, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var endpoints = MyProxyEndpoint.ParseList(options.Host ?? string.Empty, options.Port ?? MyProxyEndpoint.DefaultPort);
        var directory = context.TrustRoots.ValidationDirectory;
        var bootstrap = context.Bootstrap.ShouldBootstrap(bootstrapRequested, directory);
        if (bootstrap && IsMissingOrEmpty(directory))
        {
            return await ConnectAsync(context, endpoints, credential, NewBootstrap(context), cancellationToken).ConfigureAwait(false);
        }

        if (directory is null)
        {
            throw new MyProxyTrustRootException(
                "No trusted CA directory to verify the MyProxy server with: set MyProxy:CACertDir or X509_CERT_DIR, or get the server's trust roots with a bootstrap.")
            { Phase = MyProxyPhase.AuthenticateServer };
        }

        try
        {
            return await ConnectAsync(context, endpoints, credential, context.Validators.Create(directory), cancellationToken).ConfigureAwait(false);
        }
        catch (MyProxyValidationException) when (bootstrap)
        {
            return await ConnectAsync(context, endpoints, credential, NewBootstrap(context), cancellationToken).ConfigureAwait(false);
        }
    }

    private static TrustBootstrap NewBootstrap(ClientContext context) => new(context.Bootstrap.OnTrusted, context.Time);

    private static async Task<OpenedSession> ConnectAsync(
        ClientContext context, IReadOnlyList<MyProxyEndpoint> endpoints, X509Credential? credential, ICertificateChainValidator validator, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var transportOptions = new TransportOptions
        {
            ConnectTimeout = options.Timeout,
            ReadTimeout = options.Timeout,
            ClientCredential = credential,
            ServerChainValidator = validator,
            ServerIdentity = string.IsNullOrWhiteSpace(options.ServerDN) ? ServerIdentityPolicy.HostName : ServerIdentityPolicy.Pinned(options.ServerDN),
            LocalPortRange = new TransportEnvironment(context.Environment.GetVariable).PortRange,
        };
        var transport = context.Transports.Select(credential);
        ClientLog.Connecting(context.Logger, string.Join(",", endpoints), transport.Name, credential is null ? "anonymous" : credential.Certificate.Subject);
        IMyProxyConnection connection;
        try
        {
            connection = await new FailoverConnector(transport).ConnectAsync(endpoints, transportOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (MyProxyException exception)
        {
            throw PhaseErrors.With(exception, PhaseErrors.OfConnectFailure(exception));
        }

        ClientLog.Connected(context.Logger, connection.Endpoint.ToString(), connection.Protocol.ToString(), connection.CipherSuite.ToString());
#pragma warning disable CA2000 // The session owns the connection and the caller disposes the session.
        return new OpenedSession(new MyProxySession(connection, context), (validator as TrustBootstrap)?.TrustedAuthority);
#pragma warning restore CA2000
    }

    private static bool IsMissingOrEmpty(string? directory) =>
        directory is null || !Directory.Exists(directory) || !Directory.EnumerateFileSystemEntries(directory).Any();
}
