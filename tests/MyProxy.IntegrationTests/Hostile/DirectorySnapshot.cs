namespace MyProxy.IntegrationTests.Hostile;

/// <summary>Every file in a directory tree with its bytes, to prove a failed command changed nothing.</summary>
internal static class DirectorySnapshot
{
    public static IReadOnlyDictionary<string, string> Of(string directory) =>
        System.IO.Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(
                path => Path.GetRelativePath(directory, path),
                path => File.Exists(path) ? Convert.ToBase64String(File.ReadAllBytes(path)) : "<directory>");
}
