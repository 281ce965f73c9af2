using MyProxy.Client.Operations;
using MyProxy.Client.Sessions;
using MyProxy.Crypto.Proxies;
using MyProxy.Protocol.Frames;
using MyProxy.Protocol.Requests;

namespace MyProxy.Client.Commands;

/// <summary>PUT: request → OK → the server's certificate request → our signed proxy and chain → final OK.</summary>
internal static class PutCommand
{
    public static async Task<PutResult> ExecuteAsync(ClientContext context, PutRequest put, CancellationToken cancellationToken)
    {
        var policies = put.Policies;
        var request = MyProxyRequest.Put(put.Username, put.Passphrase, LogonCommand.Seconds(put.MaxRetrievalLifetime ?? context.Options.ProxyLifetime), put.CredentialName) with
        {
            Retrievers = policies.ToWire(policies.Retrievers),
            Renewers = policies.ToWire(policies.Renewers),
            TrustedRetrievers = policies.ToWire(policies.TrustedRetrievers),
            KeyRetrievers = policies.ToWire(policies.KeyRetrievers),
            CredentialDescription = policies.Description,
        };
        MyProxyRequestEncoder.Validate(request);
        using var client = BorrowedCredential.Resolve(context, put.ClientCredential, required: true);
        var signer = client.Credential!;
        var opened = await SessionOpener.OpenAsync(context, signer, bootstrapRequested: false, cancellationToken).ConfigureAwait(false);
        var session = opened.Session;
        await using (session.ConfigureAwait(false))
        {
            await session.SendRequestAsync(request, cancellationToken).ConfigureAwait(false);
            await session.ReadResponseAsync(MyProxyPhase.Authorize, cancellationToken).ConfigureAwait(false);
            var serverRequest = await session.ReadFrameAsync<ReadOnlyMemory<byte>>(
                new DerMessageDecoder().Decode, "the server's certificate request", MyProxyPhase.Delegate, cancellationToken).ConfigureAwait(false);
            var chain = Sign(context, signer, serverRequest, put.CredentialLifetime);
            await session.WriteAsync(CertificateChainFrame.Encode(chain.Select(c => (ReadOnlyMemory<byte>)c.RawData).ToList()), MyProxyPhase.Store, cancellationToken)
                .ConfigureAwait(false);
            await session.ReadResponseAsync(MyProxyPhase.Store, cancellationToken).ConfigureAwait(false);
            return new PutResult(session.Endpoint, chain);
        }
    }

    private static IReadOnlyList<System.Security.Cryptography.X509Certificates.X509Certificate2> Sign(
        ClientContext context, Crypto.Credentials.X509Credential signer, ReadOnlyMemory<byte> serverRequest, TimeSpan lifetime)
    {
        try
        {
            // RFC 3820 unless the signer is itself a proxy of another format (the factory inherits it, as GCT does).
            return new ProxyFactory(context.Crypto, context.Time).SignRequest(signer, serverRequest, new ProxyOptions { Lifetime = lifetime });
        }
        catch (MyProxyException exception)
        {
            throw PhaseErrors.With(exception, MyProxyPhase.Delegate);
        }
    }
}
