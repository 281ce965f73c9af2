using System.IO.Compression;
using System.Xml.Linq;

namespace MyProxy.IntegrationTests.Packaging;

/// <summary>A .nupkg read as what it is, a zip: its entry names and its nuspec's metadata.</summary>
internal sealed class PackageArchive
{
    private readonly Dictionary<string, string> _texts;

    private PackageArchive(IReadOnlyList<string> entries, Dictionary<string, string> texts, XElement metadata)
    {
        Entries = entries;
        _texts = texts;
        Metadata = metadata;
    }

    public IReadOnlyList<string> Entries { get; }

    /// <summary>The nuspec's <c>metadata</c> element.</summary>
    public XElement Metadata { get; }

    public static PackageArchive Read(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var texts = zip.Entries
            .Where(entry => entry.FullName.EndsWith(".md", StringComparison.Ordinal) || entry.FullName.EndsWith(".xml", StringComparison.Ordinal) || entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal))
            .ToDictionary(entry => entry.FullName, ReadText, StringComparer.Ordinal);
        var nuspec = texts.Single(pair => pair.Key.EndsWith(".nuspec", StringComparison.Ordinal)).Value;
        var metadata = XDocument.Parse(nuspec).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        return new PackageArchive([.. zip.Entries.Select(entry => entry.FullName)], texts, metadata);
    }

    /// <summary>The text of a readme, XML or nuspec entry, or null when the package has no such entry.</summary>
    public string? Text(string entry) => _texts.GetValueOrDefault(entry);

    /// <summary>A metadata element by its local name (nuspec namespaces vary by NuGet version).</summary>
    public XElement? Element(string name) => Metadata.Elements().FirstOrDefault(element => element.Name.LocalName == name);

    private static string ReadText(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
