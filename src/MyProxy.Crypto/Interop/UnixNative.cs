using System.Runtime.InteropServices;

namespace MyProxy.Crypto.Interop;

/// <summary>The few libc calls the credential files need, declared AOT-safe with <see cref="LibraryImportAttribute"/>.</summary>
internal static partial class UnixNative
{
    private const string LibC = "libc";
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int StatxBufferSize = 256;
    private const int StatxModeOffset = 28;
    private const int NoSuchFile = 2;

    /// <summary>The real user id, as grid-proxy-init uses it for <c>/tmp/x509up_u&lt;uid&gt;</c>.</summary>
    /// <returns>The uid.</returns>
    public static uint GetUserId() => getuid();

    /// <summary>What kind of file <paramref name="path"/> is, without following a final symbolic link.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The type, or <see cref="FileKind.Missing"/>.</returns>
    public static FileKind GetFileKind(string path) => OperatingSystem.IsLinux() ? KindFromStatx(path) : KindFromFileInfo(path);

    private static FileKind KindFromStatx(string path)
    {
        // statx's buffer layout is the same on every Linux architecture, unlike struct stat's.
        var buffer = new byte[StatxBufferSize];
        if (statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0)
        {
            return Marshal.GetLastPInvokeError() == NoSuchFile ? FileKind.Missing : KindFromFileInfo(path);
        }

        var mode = BitConverter.ToUInt16(buffer, StatxModeOffset) & 0xF000;
        return mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            _ => FileKind.Other,
        };
    }

    private static FileKind KindFromFileInfo(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return FileKind.SymbolicLink;
        }

        return Directory.Exists(path) ? FileKind.Directory : info.Exists ? FileKind.Regular : FileKind.Missing;
    }

    [LibraryImport(LibC)]
    private static partial uint getuid();

    [LibraryImport(LibC, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int statx(int dirfd, string pathname, int flags, uint mask, [Out] byte[] buffer);
}
