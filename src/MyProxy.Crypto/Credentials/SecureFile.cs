using System.Collections.Concurrent;
using System.Security.Cryptography;
using MyProxy.Crypto.Interop;

namespace MyProxy.Crypto.Credentials;

/// <summary>
/// Writes files that hold secrets (proxies, keys) the way grid-proxy-init should: never readable by others,
/// never half-written, never through a symbolic link, never leaving a temporary file behind.
/// </summary>
public static class SecureFile
{
    /// <summary>Owner read and write: the mode of a proxy or key file.</summary>
    public const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    // Temporary files being written, removed if the process is told to exit (SIGTERM, Ctrl-C) before the
    // writer's own clean-up runs; process-wide by nature, like the signal that makes it necessary.
    private static readonly ConcurrentDictionary<string, byte> InFlight = new(StringComparer.Ordinal);
    private static int _exitHooked;

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
        Write(path, content, mode, replace: true, beforeReplace: null);

    /// <summary>
    /// Creates <paramref name="path"/> with <paramref name="content"/> as <see cref="WriteAtomically(string, ReadOnlySpan{byte}, UnixFileMode)"/>
    /// does, but never over an existing file (myproxy-retrieve's rule): the complete temporary file is linked into
    /// place only if nothing is there, so a file that appears meanwhile is not replaced either.
    /// </summary>
    /// <param name="path">The file to create.</param>
    /// <param name="content">The content.</param>
    /// <param name="mode">The file's permissions; owner read/write by default.</param>
    /// <exception cref="MyProxyException">Something exists at <paramref name="path"/>, its directory does not exist, or the write failed.</exception>
    public static void CreateAtomically(string path, ReadOnlySpan<byte> content, UnixFileMode mode = OwnerReadWrite) =>
        Write(path, content, mode, replace: false, beforeReplace: null);

    /// <summary>
    /// Checks, without writing, that <see cref="WriteAtomically(string, ReadOnlySpan{byte}, UnixFileMode)"/> would accept
    /// <paramref name="path"/>: nothing or a regular file there, in an existing directory. Callers that write
    /// several files check them all first, so that one refusal writes none.
    /// </summary>
    /// <param name="path">The file to be written.</param>
    /// <exception cref="MyProxyException">The target is a symbolic link or not a regular file, or its directory does not exist.</exception>
    public static void EnsureReplaceable(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        CheckTarget(path, Path.GetFullPath(path), replace: true);
    }

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
    internal static void WriteAtomically(string path, ReadOnlySpan<byte> content, UnixFileMode mode, Action<string>? beforeReplace) =>
        Write(path, content, mode, replace: true, beforeReplace);

    /// <summary><see cref="CreateAtomically(string, ReadOnlySpan{byte}, UnixFileMode)"/> with the same hook.</summary>
    internal static void CreateAtomically(string path, ReadOnlySpan<byte> content, UnixFileMode mode, Action<string>? beforeReplace) =>
        Write(path, content, mode, replace: false, beforeReplace);

    /// <summary>Removes every temporary file still being written; run when the process is told to exit.</summary>
    internal static void RemoveTemporaryFiles()
    {
        foreach (var temporary in InFlight.Keys)
        {
            TryDelete(temporary);
        }
    }

    private static void Write(string path, ReadOnlySpan<byte> content, UnixFileMode mode, bool replace, Action<string>? beforeReplace)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var target = Path.GetFullPath(path);
        CheckTarget(path, target, replace);
        var temporary = TemporaryName(target);
        var replaced = false;
        Track(temporary);
        try
        {
            WriteNew(temporary, content, mode);
            beforeReplace?.Invoke(temporary);
            File.Move(temporary, target, overwrite: replace);
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

            InFlight.TryRemove(temporary, out _);
        }
    }

    private static void Track(string temporary)
    {
        if (Interlocked.Exchange(ref _exitHooked, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveTemporaryFiles();
        }

        InFlight[temporary] = 0;
    }

    private static void CheckTarget(string path, string target, bool replace)
    {
        var kind = UnixNative.GetFileKind(target);
        var reason = kind switch
        {
            _ when !replace && kind != FileKind.Missing => "it exists",
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
            // Private while incomplete, whatever the final mode: nobody else may open a half-written file.
            options.UnixCreateMode = OwnerReadWrite;
        }

        using var stream = new FileStream(temporary, options);
        stream.Write(content);
        stream.Flush(flushToDisk: true);
        if (!OperatingSystem.IsWindows())
        {
            // The umask may have taken bits away at creation; set exactly what was asked, before the rename publishes it.
            File.SetUnixFileMode(stream.SafeFileHandle, mode);
        }
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
