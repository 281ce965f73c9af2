using MyProxy.Client.Logging;
using MyProxy.Client.Sessions;
using MyProxy.Protocol.Responses;
using MyProxy.Transport.Trust;

namespace MyProxy.Client.Commands;

/// <summary>
/// The trust roots a verified server sent with its OK response: taken from the response, and installed only once
/// whatever else the command received has been verified (a GET or RETRIEVE whose credential fails installs nothing).
/// </summary>
internal static class TrustRootsStep
{
    /// <summary>The files the response carries.</summary>
    /// <exception cref="MyProxyTrustRootException">The server sent none.</exception>
    public static IReadOnlyList<TrustRootFile> Received(MyProxyResponse response, MyProxySession session) =>
        response.TrustRoots
        ?? throw new MyProxyTrustRootException($"the MyProxy server {session.Endpoint} sent no trust roots; it has no trusted certificates directory configured") { Phase = MyProxyPhase.AuthenticateServer };

    public static TrustRootInstallResult Install(ClientContext context, MyProxyResponse response, MyProxySession session) =>
        Install(context, Received(response, session));

    public static TrustRootInstallResult Install(ClientContext context, IReadOnlyList<TrustRootFile> files)
    {
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
