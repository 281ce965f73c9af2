using System.Security.Cryptography;
using System.Text;
using MyProxy.Crypto.Credentials;

namespace MyProxy.Cli.Commands.Network;

/// <summary>
/// Files only their owner may read, written through <see cref="SecureFile"/>: a 0600 temporary file in the same
/// directory, flushed and renamed, never through a symbolic link, never leaving the temporary file behind.
/// </summary>
internal static class PrivateFile
{
    /// <summary>Creates the file; anything already there is refused as myproxy-retrieve refuses it (<c>PATH exists.</c>).</summary>
    public static void WriteNew(string path, string text)
    {
        if (Exists(path))
        {
            throw new CToolMessageException($"{path} exists.");
        }

        Write(text, bytes => SecureFile.CreateAtomically(path, bytes));
    }

    /// <summary>Creates or replaces the file.</summary>
    public static void Replace(string path, string text) => Write(text, bytes => SecureFile.WriteAtomically(path, bytes));

    /// <summary>Whether anything (a file, a directory, a link, even a dangling one) is at <paramref name="path"/>.</summary>
    public static bool Exists(string path) => Path.Exists(path) || new FileInfo(path).LinkTarget is not null;

    /// <summary>The key as myproxy-retrieve writes it: unencrypted, PKCS#1 for RSA, SEC 1 for EC.</summary>
    public static string UnencryptedKeyPem(AsymmetricAlgorithm key) => key switch
    {
        RSA rsa => rsa.ExportRSAPrivateKeyPem() + "\n",
        ECDsa ec => ec.ExportECPrivateKeyPem() + "\n",
        _ => throw new MyProxyCryptoException("the retrieved key is neither RSA nor EC; it cannot be written."),
    };

    private static void Write(string text, Action<byte[]> write)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        try
        {
            write(bytes);
        }
        finally
        {
            // The text may be a private key.
            CryptographicOperations.ZeroMemory(bytes);
        }
    }
}
