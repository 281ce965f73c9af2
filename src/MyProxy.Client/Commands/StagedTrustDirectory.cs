using MyProxy.Client.Sessions;
using MyProxy.Protocol.Responses;
using MyProxy.Transport.Trust;

namespace MyProxy.Client.Commands;

/// <summary>
/// The trust directory as it would be once received trust roots are installed, built in a private temporary
/// directory: a credential is verified against it before anything reaches the real one (a bootstrap may need
/// the very CA the server just sent). File names are checked by the installer here too, so an unsafe name fails
/// before any real file is touched.
/// </summary>
internal sealed class StagedTrustDirectory : IDisposable
{
    private StagedTrustDirectory(string path)
    {
        Path = path;
    }

    public string Path { get; }

    public static StagedTrustDirectory Create(ClientContext context, IReadOnlyList<TrustRootFile> files)
    {
        var staged = new StagedTrustDirectory(Directory.CreateTempSubdirectory("myproxy-trust-").FullName);
        try
        {
            if (context.TrustRoots.ValidationDirectory is { } existing && Directory.Exists(existing))
            {
                foreach (var file in Directory.EnumerateFiles(existing))
                {
                    File.Copy(file, System.IO.Path.Combine(staged.Path, System.IO.Path.GetFileName(file)));
                }
            }

            new TrustRootInstaller(context.Time).Install(staged.Path, files);
            return staged;
        }
        catch (MyProxyException exception)
        {
            staged.Dispose();
            throw PhaseErrors.With(exception, MyProxyPhase.AuthenticateServer);
        }
        catch
        {
            staged.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A temporary directory left behind holds only public CA certificates.
        }
    }
}
