using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Pem;

namespace MyProxy.Crypto.Credentials;

/// <summary>
/// Credentials as PEM text: certificate bundles, and the Globus proxy layout (leaf certificate, its
/// unencrypted key, then the rest of the chain).
/// </summary>
public static class CredentialPem
{
    private const string CertificateLabel = "CERTIFICATE";
    private const string DefaultSource = "the PEM text";

    /// <summary>All <c>CERTIFICATE</c> blocks, in order; other blocks (keys) are skipped.</summary>
    /// <param name="pem">The PEM text.</param>
    /// <returns>The certificates (possibly none); the caller owns them.</returns>
    /// <exception cref="MyProxyCryptoException">A certificate block is truncated, not base64 or not a certificate; the message gives its block number.</exception>
    public static IReadOnlyList<X509Certificate2> ReadCertificates(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        var certificates = new List<X509Certificate2>();
        try
        {
            foreach (var block in PemBlockReader.ReadAll(pem))
            {
                if (block.Label == CertificateLabel)
                {
                    certificates.Add(Load(block));
                }
            }

            return certificates;
        }
        catch
        {
            Dispose(certificates, key: null);
            throw;
        }
    }

    /// <summary>
    /// Reads a credential: the certificates and the first private key of the text, in any order. The leaf is
    /// the certificate whose public key matches the key; the other certificates keep their order (grid-proxy-info
    /// accepts every permutation of a proxy file).
    /// </summary>
    /// <param name="pem">The PEM text.</param>
    /// <param name="crypto">The provider that reads the key.</param>
    /// <param name="passphrase">The key's pass phrase; empty for an unencrypted key.</param>
    /// <param name="source">How messages name the text, e.g. its file name; "the PEM text" when omitted.</param>
    /// <returns>The credential; the caller owns it.</returns>
    /// <exception cref="MyProxyCryptoException">No certificate, no or an unreadable key, or a key that matches no certificate.</exception>
    public static X509Credential Read(string pem, ICryptoProvider crypto, ReadOnlySpan<char> passphrase, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(pem);
        ArgumentNullException.ThrowIfNull(crypto);
        source ??= DefaultSource;
        var certificates = ReadCertificates(pem);
        if (certificates.Count == 0)
        {
            throw new MyProxyCryptoException($"no certificate found in {source}.");
        }

        AsymmetricAlgorithm? key = null;
        var assembled = false;
        try
        {
            key = crypto.ImportPrivateKeyPem(pem, passphrase);
            var credential = Assemble(certificates, key, $"the private key does not match any certificate in {source}.");
            assembled = true;
            return credential;
        }
        finally
        {
            if (!assembled)
            {
                Dispose(certificates, key);
            }
        }
    }

    /// <summary>The Globus proxy-file layout: leaf certificate, unencrypted traditional key, then the rest of the chain.</summary>
    /// <param name="credential">The credential.</param>
    /// <param name="crypto">The provider that writes the key.</param>
    /// <returns>The PEM text, which holds the private key in clear.</returns>
    public static string Write(X509Credential credential, ICryptoProvider crypto)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(crypto);
        var text = new StringBuilder();
        AppendCertificate(text, credential.Certificate);
        text.Append(crypto.ExportPrivateKeyPem(credential.PrivateKey, PrivateKeyPemFormat.Traditional, default));
        foreach (var certificate in credential.Chain.Skip(1))
        {
            AppendCertificate(text, certificate);
        }

        return text.ToString();
    }

    /// <summary>Puts the certificate that matches <paramref name="key"/> first, the others after it in their order.</summary>
    /// <exception cref="MyProxyCryptoException">No certificate matches; the caller still owns and disposes everything.</exception>
    internal static X509Credential Assemble(IReadOnlyList<X509Certificate2> certificates, AsymmetricAlgorithm key, string mismatchMessage)
    {
        var leaf = -1;
        for (var i = 0; i < certificates.Count && leaf < 0; i++)
        {
            leaf = KeyMatching.Matches(certificates[i], key) ? i : -1;
        }

        if (leaf < 0)
        {
            throw new MyProxyCryptoException(mismatchMessage);
        }

        var chain = new List<X509Certificate2>(certificates.Count) { certificates[leaf] };
        chain.AddRange(certificates.Where((_, i) => i != leaf));
        return new X509Credential(chain, key);
    }

    /// <summary>Disposes what a failed read had loaded.</summary>
    internal static void Dispose(IEnumerable<X509Certificate2> certificates, AsymmetricAlgorithm? key)
    {
        key?.Dispose();
        foreach (var certificate in certificates)
        {
            certificate.Dispose();
        }
    }

    private static X509Certificate2 Load(PemBlock block)
    {
        var der = block.DecodeContent();
        try
        {
            return X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException e)
        {
            throw new MyProxyCryptoException($"PEM block {block.Number} (CERTIFICATE) is not a valid certificate.", e);
        }
    }

    private static void AppendCertificate(StringBuilder text, X509Certificate2 certificate) =>
        text.Append(PemEncoding.WriteString(CertificateLabel, certificate.RawData)).Append('\n');
}
