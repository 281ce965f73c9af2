namespace MyProxy.Crypto.Interop;

/// <summary>The file types the credential files tell apart.</summary>
internal enum FileKind
{
    /// <summary>Nothing at the path.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A symbolic link (not followed).</summary>
    SymbolicLink,

    /// <summary>A FIFO, socket or device.</summary>
    Other,
}
