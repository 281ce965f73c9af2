using MyProxy.Client.Sessions;
using MyProxy.Crypto.Credentials;
using MyProxy.Protocol.Requests;
using MyProxy.Protocol.Responses;

namespace MyProxy.Client.Commands;

/// <summary>INFO, DESTROY and CHANGE_PASSWORD: one request, one response, with the client's credential.</summary>
internal static class SimpleCommand
{
    public static async Task<(MyProxyResponse Response, Transport.MyProxyEndpoint Endpoint)> ExecuteAsync(
        ClientContext context, MyProxyRequest request, X509Credential? given, CancellationToken cancellationToken)
    {
        MyProxyRequestEncoder.Validate(request);
        using var client = BorrowedCredential.Resolve(context, given, required: true);
        var opened = await SessionOpener.OpenAsync(context, client.Credential, bootstrapRequested: false, cancellationToken).ConfigureAwait(false);
        var session = opened.Session;
        await using (session.ConfigureAwait(false))
        {
            await session.SendRequestAsync(request, cancellationToken).ConfigureAwait(false);
            var response = await session.ReadResponseAsync(MyProxyPhase.Authorize, cancellationToken).ConfigureAwait(false);
            return (response, session.Endpoint);
        }
    }
}
