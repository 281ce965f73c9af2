namespace MyProxy.Cli.Commands.Logon;

/// <summary>myproxy-logon <c>-Q</c>: a PKCS#10 request from a PEM or DER file, or from standard input (<c>-</c>).</summary>
internal static class CertificateRequestFile
{
    public static ReadOnlyMemory<byte> Read(string path)
    {
        byte[] bytes;
        if (path == "-")
        {
            using var input = Console.OpenStandardInput();
            using var copy = new MemoryStream();
            input.CopyTo(copy);
            bytes = copy.ToArray();
        }
        else
        {
            bytes = File.ReadAllBytes(path);
        }

        var text = System.Text.Encoding.ASCII.GetString(bytes);
        return text.Contains("-----BEGIN", StringComparison.Ordinal)
            ? System.Security.Cryptography.PemEncoding.TryFind(text, out var fields)
                ? Convert.FromBase64String(text[fields.Base64Data])
                : throw new MyProxyException($"{path} holds no PEM certificate request; give a PEM or DER PKCS#10 file.")
            : bytes;
    }
}
