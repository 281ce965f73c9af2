using System.Text;

namespace MyProxy.IntegrationTests.Hostile;

/// <summary>Responses as the real server words them.</summary>
internal static class ServerMessages
{
    public const string Ok = "VERSION=MYPROXYv2\nRESPONSE=0\n";

    public static byte[] Message(string text) => Encoding.ASCII.GetBytes(text + "\0");

    /// <summary>The first answer: the server's stray NUL after the handshake, then OK (with extra lines).</summary>
    public static byte[] FirstOk(string extraLines = "") => [0, .. Message(Ok + extraLines)];

    /// <summary>TRUSTED_CERTS and FILEDATA_ lines for the given files.</summary>
    public static string TrustRootLines(IEnumerable<(string Name, byte[] Contents)> files)
    {
        var list = files.ToList();
        var text = new StringBuilder($"TRUSTED_CERTS={string.Join(',', list.Select(file => file.Name))}\n");
        foreach (var (name, contents) in list)
        {
            text.Append("FILEDATA_").Append(name).Append('=').Append(Convert.ToBase64String(contents)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The sandbox's own trust directory, as the real server sends it.</summary>
    public static string SandboxTrustRootLines() => TrustRootLines(
        Directory.EnumerateFiles(Sandbox.Server.CertificateDirectory).Order(StringComparer.Ordinal).Select(path => (Path.GetFileName(path), File.ReadAllBytes(path))));
}
