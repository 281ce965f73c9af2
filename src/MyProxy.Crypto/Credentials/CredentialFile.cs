using System.Security.Cryptography;
using System.Text;
using MyProxy.Crypto.Interop;

namespace MyProxy.Crypto.Credentials;

/// <summary>
/// Credential files: proxies in the Globus layout (read in any order, written leaf, key, chain with mode 0600
/// and atomically), user certificate and key files, and grid-proxy-destroy's overwrite-then-delete.
/// </summary>
/// <remarks>
/// Errors name the file: <see cref="MyProxyException"/> when it cannot be read or written,
/// <see cref="MyProxyCryptoException"/> when its content is unusable.
/// </remarks>
public static class CredentialFile
{
    /// <summary>The largest file read as a credential (1 MiB); a proxy file is a few kilobytes.</summary>
    public const int MaximumSize = 1 << 20;

    private const string InTheFile = "the file";

    /// <summary>Reads a proxy file: certificates and an unencrypted key, in any order.</summary>
    /// <param name="path">The proxy file.</param>
    /// <param name="crypto">The provider that reads the key.</param>
    /// <returns>The credential, leaf first; the caller owns it.</returns>
    /// <exception cref="MyProxyException">The file cannot be read, or (as <see cref="MyProxyCryptoException"/>) its content is unusable.</exception>
    public static X509Credential ReadProxy(string path, ICryptoProvider crypto)
    {
        ArgumentNullException.ThrowIfNull(crypto);
        var text = ReadText(path, "proxy");
        return Content(path, "proxy", () => CredentialPem.Read(text, crypto, default, InTheFile));
    }

    /// <summary>
    /// Reads a certificate file (one certificate or a chain) and a key file, which may be the same file
    /// (<c>grid-proxy-init -cert p.pem -key p.pem</c>). The certificate that matches the key becomes the leaf.
    /// </summary>
    /// <param name="certificatePath">The certificate file.</param>
    /// <param name="keyPath">The key file.</param>
    /// <param name="crypto">The provider that reads the key.</param>
    /// <param name="passphrase">The key's pass phrase; empty for an unencrypted key.</param>
    /// <returns>The credential; the caller owns it.</returns>
    /// <exception cref="MyProxyException">A file cannot be read, or (as <see cref="MyProxyCryptoException"/>) is unusable or the key does not match.</exception>
    public static X509Credential ReadCertificateAndKey(string certificatePath, string keyPath, ICryptoProvider crypto, ReadOnlySpan<char> passphrase)
    {
        ArgumentNullException.ThrowIfNull(crypto);
        var certificateText = ReadText(certificatePath, "certificate");
        var keyText = ReadText(keyPath, "private key");
        var certificates = Content(certificatePath, "certificate", () => CredentialPem.ReadCertificates(certificateText));
        AsymmetricAlgorithm? key = null;
        var assembled = false;
        try
        {
            if (certificates.Count == 0)
            {
                throw new MyProxyCryptoException($"cannot read the certificate {certificatePath}: no certificate found in {InTheFile}.");
            }

            key = ImportKey(keyPath, keyText, crypto, passphrase);
            var credential = CredentialPem.Assemble(certificates, key,
                $"the private key {keyPath} does not match any certificate in {certificatePath}.");
            assembled = true;
            return credential;
        }
        finally
        {
            if (!assembled)
            {
                CredentialPem.Dispose(certificates, key);
            }
        }
    }

    /// <summary>Writes a proxy file in the Globus layout, atomically, with mode 0600.</summary>
    /// <param name="path">The proxy file (replaced if it exists; never written through a symbolic link).</param>
    /// <param name="credential">The proxy credential.</param>
    /// <param name="crypto">The provider that writes the key.</param>
    /// <exception cref="MyProxyException">The file cannot be written.</exception>
    public static void WriteProxy(string path, X509Credential credential, ICryptoProvider crypto)
    {
        var bytes = Encoding.UTF8.GetBytes(CredentialPem.Write(credential, crypto));
        try
        {
            SecureFile.WriteAtomically(path, bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>
    /// Destroys a credential file as grid-proxy-destroy does: overwrites its content with zeros, flushes, then
    /// deletes it. A symbolic link is removed without touching what it points to.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns><see langword="true"/> when a file was destroyed; <see langword="false"/> when there was none (not an error, so that destroying is idempotent).</returns>
    /// <exception cref="MyProxyException">The path is a directory or special file, or the file cannot be overwritten or deleted.</exception>
    public static bool Destroy(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var kind = UnixNative.GetFileKind(path);
        if (kind is FileKind.Directory or FileKind.Other)
        {
            throw new MyProxyException($"refusing to destroy {path}: it is not a regular file.");
        }

        try
        {
            if (kind == FileKind.Missing)
            {
                return false;
            }

            if (kind == FileKind.Regular)
            {
                OverwriteWithZeros(path);
            }

            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MyProxyException($"cannot destroy {path}: {e.Message}", e);
        }
    }

    private static void OverwriteWithZeros(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.None);
        var zeros = new byte[4096];
        for (var left = stream.Length; left > 0; left -= zeros.Length)
        {
            stream.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
        }

        stream.Flush(flushToDisk: true);
    }

    private static AsymmetricAlgorithm ImportKey(string keyPath, string keyText, ICryptoProvider crypto, ReadOnlySpan<char> passphrase)
    {
        try
        {
            return crypto.ImportPrivateKeyPem(keyText, passphrase);
        }
        catch (MyProxyCryptoException e)
        {
            throw new MyProxyCryptoException($"cannot read the private key {keyPath}: {e.Message}", e);
        }
    }

    private static T Content<T>(string path, string what, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (MyProxyCryptoException e)
        {
            throw new MyProxyCryptoException($"cannot read the {what} {path}: {e.Message}", e);
        }
    }

    private static string ReadText(string path, string what)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            if (Directory.Exists(path) || UnixNative.GetFileKind(path) == FileKind.Other)
            {
                throw new MyProxyException($"cannot read the {what} {path}: it is not a regular file.");
            }

            if (new FileInfo(path) is { Exists: true, Length: > MaximumSize })
            {
                throw new MyProxyException($"cannot read the {what} {path}: it is larger than {MaximumSize} bytes, too large for a credential.");
            }

            var bytes = File.ReadAllBytes(path);
            try
            {
                return Encoding.UTF8.GetString(bytes);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(bytes);
            }
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new MyProxyException($"cannot read the {what} {path}: no such file.", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new MyProxyException($"cannot read the {what} {path}: permission denied.", e);
        }
        catch (IOException e)
        {
            throw new MyProxyException($"cannot read the {what} {path}: {e.Message}", e);
        }
    }
}
