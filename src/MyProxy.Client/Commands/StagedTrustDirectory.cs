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
/// <remarks>
/// A server sends the same roots on every <c>-T</c> logon, so usually they are all installed already and the real
/// directory is the one to verify against: nothing is staged. Otherwise the real directory's files are linked, not
/// copied (an IGTF directory holds hundreds of CAs and megabytes of CRLs), and only the received roots are written.
/// </remarks>
internal sealed class StagedTrustDirectory : IDisposable
{
    private StagedTrustDirectory(string path)
    {
        Path = path;
    }

    public string Path { get; }

    /// <summary>
    /// The staged directory, or <see langword="null"/> when every one of <paramref name="files"/> is already in
    /// <paramref name="existing"/> byte for byte, so installing them would change nothing a validator reads.
    /// </summary>
    /// <exception cref="MyProxyException">A name is unsafe, or a file could not be staged; nothing real was touched.</exception>
    public static StagedTrustDirectory? CreateUnlessInstalled(string? existing, IReadOnlyList<TrustRootFile> files, TimeProvider time)
    {
        if (existing is not null && TrustRootInstaller.IsInstalled(existing, files))
        {
            return null;
        }

        var staged = new StagedTrustDirectory(Directory.CreateTempSubdirectory("myproxy-trust-").FullName);
        try
        {
            if (existing is not null && Directory.Exists(existing))
            {
                staged.LinkExisting(existing, files);
            }

            new TrustRootInstaller(time).Install(staged.Path, files);
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
            // Deleting the directory removes the links, never what they point to.
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A temporary directory left behind holds only links and public CA certificates.
        }
    }

    // The received roots replace files of the same name, and the installer appends to its own log: neither may be
    // a link into the real directory, or staging would write through it.
    private void LinkExisting(string existing, IReadOnlyList<TrustRootFile> files)
    {
        var replaced = new HashSet<string>(files.Select(file => file.FileName), StringComparer.Ordinal) { TrustRootInstaller.LogFileName };
        foreach (var file in Directory.EnumerateFiles(existing))
        {
            var name = System.IO.Path.GetFileName(file);
            if (!replaced.Contains(name))
            {
                LinkOrCopy(file, System.IO.Path.Combine(Path, name));
            }
        }
    }

    private static void LinkOrCopy(string source, string destination)
    {
        try
        {
            File.CreateSymbolicLink(destination, System.IO.Path.GetFullPath(source));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // Windows without the privilege to create links, or a file system without them.
            File.Copy(source, destination);
        }
    }
}
