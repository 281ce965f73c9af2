using MyProxy.Client.Operations;
using MyProxy.Client.Sessions;
using MyProxy.Protocol.Frames;
using MyProxy.Protocol.Requests;

namespace MyProxy.Client.Commands;

/// <summary>STORE: request → OK → the credential as PEM (certificate, key, chain) → final OK.</summary>
internal static class StoreCommand
{
    public static async Task<MyProxyCommandResult> ExecuteAsync(ClientContext context, StoreRequest store, CancellationToken cancellationToken)
    {
        var policies = store.Policies;
        var request = MyProxyRequest.Store(store.Username, LogonCommand.Seconds(store.MaxRetrievalLifetime ?? context.Options.ProxyLifetime), store.CredentialName) with
        {
            Retrievers = policies.ToWire(policies.Retrievers),
            Renewers = policies.ToWire(policies.Renewers),
            TrustedRetrievers = policies.ToWire(policies.TrustedRetrievers),
            KeyRetrievers = policies.ToWire(policies.KeyRetrievers),
            CredentialDescription = policies.Description,
        };
        MyProxyRequestEncoder.Validate(request);
        var payload = CredentialPemPayload.Parse(store.CertificatePem.TrimEnd() + "\n" + store.PrivateKeyPem);
        using var client = BorrowedCredential.Resolve(context, store.ClientCredential, required: true);
        var opened = await SessionOpener.OpenAsync(context, client.Credential, bootstrapRequested: false, cancellationToken).ConfigureAwait(false);
        var session = opened.Session;
        await using (session.ConfigureAwait(false))
        {
            await session.SendRequestAsync(request, cancellationToken).ConfigureAwait(false);
            await session.ReadResponseAsync(MyProxyPhase.Authorize, cancellationToken).ConfigureAwait(false);
            var bytes = payload.Encode();
            try
            {
                await session.WriteAsync(bytes, MyProxyPhase.Store, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Array.Clear(bytes);
            }

            await session.ReadResponseAsync(MyProxyPhase.Store, cancellationToken).ConfigureAwait(false);
            return new MyProxyCommandResult(session.Endpoint);
        }
    }
}
