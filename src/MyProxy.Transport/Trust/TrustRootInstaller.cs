using System.Globalization;
using System.Text;
using MyProxy.Crypto.Credentials;
using MyProxy.Protocol.Responses;

namespace MyProxy.Transport.Trust;

/// <summary>
/// Writes trust-root files received from a server (<see cref="MyProxyResponse.TrustRoots"/>) into a trust
/// directory as <c>myproxy-get-trustroots</c> does: every name is checked first and one bad name refuses the
/// whole set (nothing is written), and so does a target that is a symbolic link or not a regular file; each
/// file goes through <see cref="SecureFile"/> (a private temporary file in the same directory, flushed, given
/// mode 0644 and renamed into place); each installed path is appended to <c>myproxy-install-log</c> as
/// <c>&lt;unix time&gt;: &lt;path&gt;</c>.
/// </summary>
public sealed class TrustRootInstaller
{
    /// <summary>The install log's name in the trust directory, as the C client writes it.</summary>
    public const string LogFileName = "myproxy-install-log";

    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode DirectoryMode = FileMode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    private readonly TimeProvider _time;

    /// <summary>Creates an installer.</summary>
    /// <param name="time">The clock for the install log; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public TrustRootInstaller(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Installs <paramref name="files"/> into <paramref name="directory"/>, creating it (0755) if needed.</summary>
    /// <param name="directory">The trust directory, for example from <see cref="TrustRootDirectory.LocateForInstall"/>.</param>
    /// <param name="files">The files as the server sent them.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="MyProxyTrustRootException">A name is unsafe (nothing was written) or a file could not be written.</exception>
    public TrustRootInstallResult Install(string directory, IReadOnlyList<TrustRootFile> files)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(files);
        CheckNames(files);
        try
        {
            CreateDirectory(directory);
            CheckTargets(directory, files);
            var installed = new List<string>(files.Count);
            foreach (var file in files)
            {
                var path = Path.Combine(directory, file.FileName);
                SecureFile.WriteAtomically(path, file.Contents.Span, FileMode);
                installed.Add(path);
            }

            AppendLog(directory, installed);
            return new TrustRootInstallResult(directory, installed);
        }
        catch (MyProxyException exception) when (exception is not MyProxyTrustRootException)
        {
            throw new MyProxyTrustRootException($"Cannot install trust roots in {directory}: {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new MyProxyTrustRootException($"Cannot install trust roots in {directory}: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// Whether every one of <paramref name="files"/> is already in <paramref name="directory"/> byte for byte, as a
    /// regular file, so that installing them would change no file a validator reads. An unsafe name, or a target
    /// that is a link, is never installed.
    /// </summary>
    /// <param name="directory">The trust directory.</param>
    /// <param name="files">The files as the server sent them.</param>
    /// <returns><see langword="true"/> when installing them would only rewrite the same bytes.</returns>
    public static bool IsInstalled(string directory, IReadOnlyList<TrustRootFile> files)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(files);
        return files.All(file => TrustRootFileNames.Problem(file.FileName) is null && HoldsExactly(Path.Combine(directory, file.FileName), file.Contents.Span));
    }

    private static bool HoldsExactly(string path, ReadOnlySpan<byte> contents)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.LinkTarget is null && info.Length == contents.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(contents);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // One target that cannot be replaced (a link, a directory) refuses the set before anything is written.
    private static void CheckTargets(string directory, IReadOnlyList<TrustRootFile> files)
    {
        foreach (var file in files)
        {
            SecureFile.EnsureReplaceable(Path.Combine(directory, file.FileName));
        }

        SecureFile.EnsureReplaceable(Path.Combine(directory, LogFileName));
    }

    private static void CheckNames(IReadOnlyList<TrustRootFile> files)
    {
        var refused = files
            .Select(file => (file.FileName, Problem: TrustRootFileNames.Problem(file.FileName)))
            .Where(entry => entry.Problem is not null)
            .Select(entry => $"'{TrustRootFileNames.Printable(entry.FileName)}' ({entry.Problem})")
            .ToList();
        if (refused.Count > 0)
        {
            throw new MyProxyTrustRootException(
                $"The server sent trust-root files with unsafe names, so none were installed: {string.Join(", ", refused)}; report this to the server's administrator.");
        }
    }

    private static void CreateDirectory(string directory)
    {
        if (Directory.Exists(directory))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, DirectoryMode);
        }
    }

    private void AppendLog(string directory, List<string> installed)
    {
        var time = _time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var lines = new StringBuilder();
        foreach (var path in installed)
        {
            lines.Append(time).Append(": ").Append(path).Append('\n');
        }

        var options = new FileStreamOptions { Mode = System.IO.FileMode.Append, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        using var log = new FileStream(Path.Combine(directory, LogFileName), options);
        log.Write(Encoding.UTF8.GetBytes(lines.ToString()));
    }
}
