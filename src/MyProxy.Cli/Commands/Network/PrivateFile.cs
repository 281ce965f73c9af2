using System.Security.Cryptography;

namespace MyProxy.Cli.Commands.Network;

/// <summary>Files only their owner may read (0600 from creation, never widened after).</summary>
internal static class PrivateFile
{
    /// <summary>Creates the file; an existing one is refused as myproxy-retrieve refuses it (<c>PATH exists.</c>).</summary>
    public static void WriteNew(string path, string text)
    {
        try
        {
            Write(path, text, FileMode.CreateNew);
        }
        catch (IOException exception) when (File.Exists(path))
        {
            throw new CToolMessageException($"{path} exists.", exception);
        }
    }

    /// <summary>Creates or replaces the file.</summary>
    public static void Replace(string path, string text) => Write(path, text, FileMode.Create);

    /// <summary>The key as myproxy-retrieve writes it: unencrypted, PKCS#1 for RSA, SEC 1 for EC.</summary>
    public static string UnencryptedKeyPem(AsymmetricAlgorithm key) => key switch
    {
        RSA rsa => rsa.ExportRSAPrivateKeyPem() + "\n",
        ECDsa ec => ec.ExportECPrivateKeyPem() + "\n",
        _ => throw new MyProxyCryptoException("the retrieved key is neither RSA nor EC; it cannot be written."),
    };

    private static void Write(string path, string text, FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(text);
    }
}
