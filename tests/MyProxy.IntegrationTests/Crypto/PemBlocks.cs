using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.IntegrationTests.Crypto;

/// <summary>Reads and writes the PEM blocks of a proxy file, in order, so a vector can be split or tampered with.</summary>
internal static class PemBlocks
{
    public const string Certificate = "CERTIFICATE";

    public static List<(string Label, byte[] Data)> Read(string path)
    {
        var text = File.ReadAllText(path);
        var blocks = new List<(string Label, byte[] Data)>();
        var rest = text.AsMemory();
        while (PemEncoding.TryFind(rest.Span, out var fields))
        {
            blocks.Add((rest[fields.Label].ToString(), Convert.FromBase64String(rest[fields.Base64Data].ToString())));
            rest = rest[fields.Location.End..];
        }

        return blocks;
    }

    public static void Write(string path, IEnumerable<(string Label, byte[] Data)> blocks)
    {
        var text = string.Concat(blocks.Select(block => new string(PemEncoding.Write(block.Label, block.Data)) + "\n"));
        File.WriteAllText(path, text);

        // The GCT tools refuse a proxy file anyone but its owner can read.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>The first certificate of a PEM file (a proxy file's leaf); the caller disposes it.</summary>
    public static X509Certificate2 LoadFirstCertificate(string path) =>
        X509CertificateLoader.LoadCertificate(Read(path).First(block => block.Label == Certificate).Data);

    /// <summary>Writes the leaf certificate and the rest of the chain to two files, as openssl verify wants them.</summary>
    public static void SplitChain(string proxyPath, string leafPath, string chainPath)
    {
        var certificates = Read(proxyPath).Where(block => block.Label == Certificate).ToList();
        Write(leafPath, certificates.Take(1));
        Write(chainPath, certificates.Skip(1));
    }
}
