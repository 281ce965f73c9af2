using Microsoft.Extensions.Options;
using MyProxy.Client;
using MyProxy.Client.Operations;
using MyProxy.Crypto;

namespace MyProxy.Samples.WorkerHost;

/// <summary>One refresh: a logon, then the proxy file rewritten (atomically, mode 0600).</summary>
internal sealed class ProxyRefresher
{
    private readonly MyProxyClient _client;
    private readonly ICryptoProvider _crypto;
    private readonly ProxyFileOptions _options;

    public ProxyRefresher(MyProxyClient client, ICryptoProvider crypto, IOptions<ProxyFileOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _crypto = crypto;
        _options = options.Value;
    }

    /// <summary>The file the worker keeps fresh.</summary>
    public string OutputPath => _options.OutputPath ?? ProxyFiles.DefaultPath;

    public async Task<RefreshedProxy> RefreshAsync(CancellationToken cancellationToken)
    {
        var request = new LogonRequest
        {
            Username = _options.Username!,
            CredentialName = _options.CredentialName,
            Passphrase = _options.Passphrase!,
        };
        var result = await _client.LogonAsync(request, cancellationToken);
        // Without a caller's certificate request the client always returns a credential; the check is for the compiler.
        using var credential = result.Credential
            ?? throw new MyProxyException("The server returned no credential; nothing was written.");
        var path = ProxyFiles.Write(credential, _crypto, OutputPath);
        return new RefreshedProxy(
            path,
            new DateTimeOffset(credential.Certificate.NotBefore.ToUniversalTime()),
            new DateTimeOffset(credential.Certificate.NotAfter.ToUniversalTime()));
    }
}
