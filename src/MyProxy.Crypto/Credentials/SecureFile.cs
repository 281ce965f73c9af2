using System.Security.Cryptography;
using MyProxy.Crypto.Interop;

namespace MyProxy.Crypto.Credentials;

/// <summary>
/// Writes files that hold secrets (proxies, keys) the way grid-proxy-init should: never readable by others,
/// never half-written, never through a symbolic link.
/// </summary>
public static class SecureFile
{
    /// <summary>Owner read and write: the mode of a proxy or key file.</summary>
    public const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode GroupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="content"/> atomically: a temporary file in the same
    /// directory, created with <paramref name="mode"/> from the start, is written, flushed to disk and renamed
    /// over the target. Readers see the old content or the new, never a mix; on any failure the target is
    /// untouched and the temporary file is removed.
    /// </summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="content">The new content.</param>
    /// <param name="mode">The file's permissions (exactly these, whatever the umask); owner read/write by default.</param>
    /// <exception cref="MyProxyException">
    /// The target is a symbolic link, a directory or another non-regular file, its directory does not exist,
    /// or the write failed.
    /// </exception>
    public static void WriteAtomically(string path, ReadOnlySpan<byte> content, UnixFileMode mode = OwnerReadWrite) =>
        WriteAtomically(path, content, mode, beforeReplace: null);

    /// <summary>
    /// A one-line warning when <paramref name="path"/> can be read or written by its group or others (a private
    /// key should be 0600 or 0400), else <see langword="null"/>. This reports and does not fail: grid tools
    /// differ on whether a loose mode is fatal, so the caller decides (the CLI prints the warning).
    /// </summary>
    /// <param name="path">An existing file.</param>
    /// <returns>The warning, or <see langword="null"/> when the mode is private (or on Windows).</returns>
    public static string? CheckPrivateMode(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var mode = File.GetUnixFileMode(path);
        return (mode & GroupOrOther) == 0
            ? null
            : $"{path} is accessible by other users (mode {Convert.ToString((int)mode, 8).PadLeft(4, '0')}); run 'chmod 600 {path}'.";
    }

    /// <summary>The write, with a hook run after the temporary file is complete and before the rename (tests make it fail).</summary>
    internal static void WriteAtomically(string path, ReadOnlySpan<byte> content, UnixFileMode mode, Action<string>? beforeReplace)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var target = Path.GetFullPath(path);
        CheckTarget(path, target);
        var temporary = TemporaryName(target);
        var replaced = false;
        try
        {
            WriteNew(temporary, content, mode);
            beforeReplace?.Invoke(temporary);
            File.Move(temporary, target, overwrite: true);
            replaced = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MyProxyException($"cannot write {path}: {e.Message}", e);
        }
        finally
        {
            if (!replaced)
            {
                TryDelete(temporary);
            }
        }
    }

    private static void CheckTarget(string path, string target)
    {
        var reason = UnixNative.GetFileKind(target) switch
        {
            FileKind.SymbolicLink => "it is a symbolic link; remove the link first",
            FileKind.Directory => "it is a directory",
            FileKind.Other => "it is not a regular file",
            _ => null,
        };
        if (reason is null && !Directory.Exists(Path.GetDirectoryName(target)))
        {
            reason = "its directory does not exist";
        }

        if (reason is not null)
        {
            throw new MyProxyException($"refusing to write {path}: {reason}.");
        }
    }

    private static void WriteNew(string temporary, ReadOnlySpan<byte> content, UnixFileMode mode)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = mode;
        }

        using var stream = new FileStream(temporary, options);
        if (!OperatingSystem.IsWindows())
        {
            // The umask may have taken bits away at creation; set exactly what was asked.
            File.SetUnixFileMode(stream.SafeFileHandle, mode);
        }

        stream.Write(content);
        stream.Flush(flushToDisk: true);
    }

    private static string TemporaryName(string target)
    {
        Span<byte> random = stackalloc byte[8];
        RandomNumberGenerator.Fill(random);
        var directory = Path.GetDirectoryName(target) ?? ".";
        return Path.Combine(directory, $".{Path.GetFileName(target)}.{Convert.ToHexStringLower(random)}.tmp");
    }

    private static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the original failure is the one to report.
        }
    }
}
