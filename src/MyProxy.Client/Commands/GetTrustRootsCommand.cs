using MyProxy.Client.Operations;
using MyProxy.Client.Sessions;
using MyProxy.Protocol.Requests;

namespace MyProxy.Client.Commands;

/// <summary>GET_TRUSTROOTS: anonymous request → one OK carrying the files; installed only after the server was verified (or bootstrapped).</summary>
internal static class GetTrustRootsCommand
{
    public static async Task<GetTrustRootsResult> ExecuteAsync(ClientContext context, GetTrustRootsRequest get, CancellationToken cancellationToken)
    {
        var opened = await SessionOpener.OpenAsync(context, null, get.Bootstrap, cancellationToken).ConfigureAwait(false);
        var session = opened.Session;
        await using (session.ConfigureAwait(false))
        {
            await session.SendRequestAsync(MyProxyRequest.GetTrustRoots(), cancellationToken).ConfigureAwait(false);
            var response = await session.ReadResponseAsync(MyProxyPhase.Authorize, cancellationToken).ConfigureAwait(false);
            var installed = get.Install ? TrustRootsStep.Install(context, response, session) : null;
            var files = response.TrustRoots
                ?? throw new MyProxyTrustRootException($"the MyProxy server {session.Endpoint} sent no trust roots; it has no trusted certificates directory configured") { Phase = MyProxyPhase.AuthenticateServer };
            return new GetTrustRootsResult(session.Endpoint, files, installed, opened.BootstrappedAuthority);
        }
    }
}
