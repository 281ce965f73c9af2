using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MyProxy.Protocol.Responses;

namespace MyProxy.Transport.Trust;

/// <summary>
/// Writes trust-root files received from a server (<see cref="MyProxyResponse.TrustRoots"/>) into a trust
/// directory as <c>myproxy-get-trustroots</c> does: every name is checked first and one bad name refuses the
/// whole set (nothing is written); each file goes to a temporary file in the same directory and is renamed
/// into place (mode 0644); each installed path is appended to <c>myproxy-install-log</c> as
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
            var installed = new List<string>(files.Count);
            foreach (var file in files)
            {
                var path = Path.Combine(directory, file.FileName);
                WriteAtomically(path, file.Contents.Span);
                installed.Add(path);
            }

            AppendLog(directory, installed);
            return new TrustRootInstallResult(directory, installed);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new MyProxyTrustRootException($"Cannot install trust roots in {directory}: {exception.Message}", exception);
        }
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

    private static void WriteAtomically(string path, ReadOnlySpan<byte> contents)
    {
        // A leading '.' cannot clash with an accepted name; the random part keeps concurrent installs apart.
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Convert.ToHexString(RandomNumberGenerator.GetBytes(6))}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, CreateOptions()))
            {
                stream.Write(contents);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                // As the C client's umask 022: readable by all whatever the caller's umask.
                File.SetUnixFileMode(temporary, FileMode);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private static FileStreamOptions CreateOptions()
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        return options;
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
