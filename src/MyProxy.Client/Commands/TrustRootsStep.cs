using MyProxy.Client.Logging;
using MyProxy.Client.Sessions;
using MyProxy.Protocol.Responses;
using MyProxy.Transport.Trust;

namespace MyProxy.Client.Commands;

/// <summary>Installs the trust roots a verified server sent with its OK response.</summary>
internal static class TrustRootsStep
{
    public static TrustRootInstallResult Install(ClientContext context, MyProxyResponse response, MyProxySession session)
    {
        var files = response.TrustRoots
            ?? throw new MyProxyTrustRootException($"the MyProxy server {session.Endpoint} sent no trust roots; it has no trusted certificates directory configured") { Phase = MyProxyPhase.AuthenticateServer };
        TrustRootInstallResult installed;
        try
        {
            installed = context.TrustRoots.Install(files);
        }
        catch (MyProxyException exception)
        {
            throw PhaseErrors.With(exception, MyProxyPhase.AuthenticateServer);
        }

        ClientLog.TrustRootsInstalled(context.Logger, installed.InstalledPaths.Count, installed.Directory);
        return installed;
    }
}
