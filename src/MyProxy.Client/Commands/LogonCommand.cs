using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Client.Configuration;
using MyProxy.Client.Keys;
using MyProxy.Client.Logging;
using MyProxy.Client.Operations;
using MyProxy.Client.Sessions;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Proxies;
using MyProxy.Crypto.Requests;
using MyProxy.Protocol.Frames;
using MyProxy.Protocol.Requests;
using MyProxy.Transport.Trust;

namespace MyProxy.Client.Commands;

/// <summary>GET: request → [challenge] → OK (+trust roots) → our certificate request → the chain → final OK.</summary>
internal static class LogonCommand
{
    public static async Task<LogonResult> ExecuteAsync(ClientContext context, LogonRequest logon, CancellationToken cancellationToken)
    {
        if (logon.PrivateKey is not null && logon.CertificateRequest is not null)
        {
            throw new ArgumentException("Give either PrivateKey or CertificateRequest, not both.", nameof(logon));
        }

        var wantRoots = logon.WantTrustRoots || logon.Bootstrap;
        var request = MyProxyRequest.Get(logon.Username, logon.Passphrase, Seconds(logon.Lifetime ?? context.Options.ProxyLifetime), logon.CredentialName, wantRoots)
            with { VONames = logon.VONames, Vomses = logon.Vomses };
        MyProxyRequestEncoder.Validate(request);
        if (logon.AuthenticateOnly)
        {
            return await AuthenticateAsync(context, request, logon, cancellationToken).ConfigureAwait(false);
        }

        // The key is made while we connect, handshake and send the request; it is waited for only when the
        // certificate request must be written.
        using var pending = logon.CertificateRequest is not null ? null : OwnKey(context, logon);
        AsymmetricAlgorithm? key = null;
        try
        {
            using var client = ClientCredential(context, logon);
            var (chain, roots, endpoint) = await ExchangeAsync(context, request, logon, client.Credential, CertificateRequestAsync, cancellationToken).ConfigureAwait(false);
            var result = Verify(context, chain, key, roots, endpoint);
            key = null;
            return result;
        }
        finally
        {
            key?.Dispose();
        }

        async Task<byte[]> CertificateRequestAsync(CancellationToken token)
        {
            if (pending is null)
            {
                return logon.CertificateRequest!.Value.ToArray();
            }

            ClientLog.KeyAwaited(context.Logger, pending.IsCompleted);
            key = await pending.TakeAsync(token).ConfigureAwait(false);
            return context.Crypto.CreateCertificateRequest(key, logon.RequestOptions ?? new CertificateRequestOptions());
        }
    }

    /// <summary>The request, its challenge and first response (with the trust roots), then close: no delegation.</summary>
    private static async Task<LogonResult> AuthenticateAsync(ClientContext context, MyProxyRequest request, LogonRequest logon, CancellationToken cancellationToken)
    {
        using var client = ClientCredential(context, logon);
        var opened = await SessionOpener.OpenAsync(context, client.Credential, logon.Bootstrap, cancellationToken).ConfigureAwait(false);
        var session = opened.Session;
        await using (session.ConfigureAwait(false))
        {
            await session.SendRequestAsync(request, cancellationToken).ConfigureAwait(false);
            var first = await ChallengeResponder.AuthorizeAsync(session, logon.RenewalCredential, context, cancellationToken).ConfigureAwait(false);
            var roots = request.WantTrustRoots ? TrustRootsStep.Install(context, first, session) : null;
            return new LogonResult(session.Endpoint, null, [], false, roots);
        }
    }

    private static BorrowedCredential ClientCredential(ClientContext context, LogonRequest logon) =>
        logon.Passphrase.Length == 0 || logon.ClientCredential is not null
            ? BorrowedCredential.Resolve(context, logon.ClientCredential, required: false)
            : BorrowedCredential.None;

    private static async Task<(IReadOnlyList<X509Certificate2> Chain, IReadOnlyList<Protocol.Responses.TrustRootFile>? Roots, Transport.MyProxyEndpoint Endpoint)> ExchangeAsync(
        ClientContext context, MyProxyRequest request, LogonRequest logon, X509Credential? client, Func<CancellationToken, Task<byte[]>> certificateRequest, CancellationToken cancellationToken)
    {
        var opened = await SessionOpener.OpenAsync(context, client, logon.Bootstrap, cancellationToken).ConfigureAwait(false);
        var session = opened.Session;
        await using (session.ConfigureAwait(false))
        {
            await session.SendRequestAsync(request, cancellationToken).ConfigureAwait(false);
            var first = await ChallengeResponder.AuthorizeAsync(session, logon.RenewalCredential, context, cancellationToken).ConfigureAwait(false);
            // Installed only once the credential is verified.
            var roots = request.WantTrustRoots ? TrustRootsStep.Received(first, session) : null;
            var csr = await certificateRequest(cancellationToken).ConfigureAwait(false);
            await session.WriteAsync(csr, MyProxyPhase.Delegate, cancellationToken).ConfigureAwait(false);
            var frame = await session.ReadFrameAsync<CertificateChainFrame>(
                new CertificateChainDecoder().Decode, "the delegated certificate chain", MyProxyPhase.Delegate, cancellationToken).ConfigureAwait(false);
            await session.ReadResponseAsync(MyProxyPhase.Delegate, cancellationToken).ConfigureAwait(false);
            var chain = ReceivedCertificates.Load(frame, $"the MyProxy server {session.Endpoint}", MyProxyPhase.Delegate);
            ClientLog.ChainReceived(context.Logger, chain.Count, chain[0].Subject);
            return (chain, roots, session.Endpoint);
        }
    }

    private static LogonResult Verify(
        ClientContext context, IReadOnlyList<X509Certificate2> chain, AsymmetricAlgorithm? key, IReadOnlyList<Protocol.Responses.TrustRootFile>? receivedRoots, Transport.MyProxyEndpoint endpoint)
    {
        TrustRootInstallResult? roots;
        try
        {
            ResultVerifier.Verify(context, chain, key, $"the credential from {endpoint}", receivedRoots);
            roots = receivedRoots is null ? null : TrustRootsStep.Install(context, receivedRoots);
        }
        catch
        {
            foreach (var certificate in chain)
            {
                certificate.Dispose();
            }

            throw;
        }

        var isProxy = ProxyCertificateClassifier.Classify(chain[0]).IsProxy;
#pragma warning disable CA2000 // The credential is the result: the caller owns it.
        var credential = key is null ? null : new X509Credential(chain, key);
        return new LogonResult(endpoint, credential, chain, isProxy, roots);
#pragma warning restore CA2000
    }

    /// <summary>The one place a logon's new key comes from: the caller's (copied), or a generation started now.</summary>
    private static PendingKey OwnKey(ClientContext context, LogonRequest logon)
    {
        if (logon.PrivateKey is { } given)
        {
            // A copy, so the credential we return can own and dispose its key while the caller keeps theirs.
#pragma warning disable CA2000 // The pending key owns the copy.
            return PendingKey.FromKey(Copy(given));
#pragma warning restore CA2000
        }

        var specification = logon.Key ?? KeySpecifications.From(context.Options.KeyType, context.Options.KeySize);
        // The pool holds keys of the options' specification only; a logon that asks for another generates its own.
        // An empty pool does not block the logon: the key is then generated while it connects, as without a pool.
#pragma warning disable CA2000 // The pending key owns the pooled key.
        if (context.KeyPool is { } pool && pool.Specification == specification && pool.TryTake(out var pooled))
        {
            return PendingKey.FromKey(pooled);
        }
#pragma warning restore CA2000

        // EC keys take under a millisecond: racing them would only cost a thread.
        var generations = specification.Algorithm == KeyAlgorithm.Rsa ? context.Options.ParallelKeyGenerations : 1;
        var crypto = context.Crypto;
        return PendingKey.Start(() => crypto.GenerateKey(specification), generations);
    }

    private static AsymmetricAlgorithm Copy(AsymmetricAlgorithm key)
    {
        var pkcs8 = key.ExportPkcs8PrivateKey();
        try
        {
            AsymmetricAlgorithm copy = key switch
            {
                RSA => RSA.Create(),
                ECDsa => ECDsa.Create(),
                _ => throw new ArgumentException("PrivateKey must be an RSA or ECDsa key.", nameof(key)),
            };
            copy.ImportPkcs8PrivateKey(pkcs8, out _);
            return copy;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    internal static int Seconds(TimeSpan lifetime) =>
        lifetime <= TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, "A lifetime must be positive.")
            : (int)Math.Min(int.MaxValue, lifetime.TotalSeconds);
}
