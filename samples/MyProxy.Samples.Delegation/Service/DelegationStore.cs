using System.Collections.Concurrent;
using MyProxy.Crypto;
using MyProxy.Crypto.Credentials;

namespace MyProxy.Samples.Delegation.Service;

/// <summary>
/// The service's memory of delegations: requests waiting for their certificate, and the full proxies assembled
/// from them (written to <see cref="DelegationServiceOptions.StoreDirectory"/> as proxy files when one is set).
/// </summary>
internal sealed class DelegationStore(ICryptoProvider crypto, DelegationServiceOptions options) : IDisposable
{
    private readonly ConcurrentDictionary<string, PendingDelegation> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, X509Credential> _proxies = new(StringComparer.Ordinal);

    public void AddPending(PendingDelegation delegation) => _pending[delegation.Id] = delegation;

    /// <summary>Removes and returns the pending delegation: a request is answered at most once.</summary>
    public PendingDelegation? TakePending(string id) => _pending.TryRemove(id, out var delegation) ? delegation : null;

    /// <summary>Keeps the full proxy; returns the file it was written to, if any.</summary>
    public string? Store(string id, X509Credential proxy)
    {
        _proxies[id] = proxy;
        if (options.StoreDirectory is not { } directory)
        {
            return null;
        }

        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, id + ".pem");
        CredentialFile.WriteProxy(path, proxy, crypto);
        return path;
    }

    public void Dispose()
    {
        foreach (var delegation in _pending.Values)
        {
            delegation.Key.Dispose();
        }

        foreach (var proxy in _proxies.Values)
        {
            proxy.Dispose();
        }
    }
}
