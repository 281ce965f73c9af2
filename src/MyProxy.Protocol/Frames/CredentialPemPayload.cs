using System.Text;

namespace MyProxy.Protocol.Frames;

/// <summary>
/// A credential as PEM text: the payload the client sends for STORE (cmd 5) and the stored file the server
/// returns for RETRIEVE (cmd 6). On the wire it is <c>first certificate\nprivate key\nfurther certificates, each
/// followed by \n</c>, then one NUL byte — the layout the C <c>myproxy-store</c> builds.
/// </summary>
/// <remarks>
/// The private key is copied as-is: an encrypted key stays encrypted and its passphrase becomes the credential's
/// passphrase on the server. <see cref="ToString"/> never shows the key.
/// </remarks>
public sealed class CredentialPemPayload
{
    private const char Nul = '\0';

    private readonly string[] _certificatePems;

    /// <summary>Creates a payload from PEM blocks, validating their labels.</summary>
    /// <param name="certificatePems">
    /// One <c>CERTIFICATE</c> PEM block per certificate: the credential's own certificate first, then its chain.
    /// </param>
    /// <param name="privateKeyPem">
    /// One <c>RSA PRIVATE KEY</c>, <c>PRIVATE KEY</c>, <c>ENCRYPTED PRIVATE KEY</c> or <c>EC PRIVATE KEY</c> block.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="MyProxyProtocolException">
    /// There is no certificate, a block has the wrong label, or the text holds a NUL or non-ASCII character.
    /// </exception>
    public CredentialPemPayload(IReadOnlyList<string> certificatePems, string privateKeyPem)
    {
        ArgumentNullException.ThrowIfNull(certificatePems);
        ArgumentNullException.ThrowIfNull(privateKeyPem);
        if (certificatePems.Count == 0)
        {
            throw new MyProxyProtocolException("A credential payload needs at least one certificate; pass the credential's certificate first.");
        }

        _certificatePems = new string[certificatePems.Count];
        for (var i = 0; i < certificatePems.Count; i++)
        {
            var block = ParseBlock(certificatePems[i], $"certificate {i + 1} of the credential");
            if (!block.IsCertificate)
            {
                throw new MyProxyProtocolException($"Certificate {i + 1} of the credential is a '{block.Label}' PEM block, not a CERTIFICATE.");
            }

            _certificatePems[i] = block.Text;
        }

        var key = ParseBlock(privateKeyPem, "private key of the credential");
        if (!key.IsPrivateKey)
        {
            throw new MyProxyProtocolException($"The private key of the credential is a '{key.Label}' PEM block, not a PRIVATE KEY.");
        }

        PrivateKeyPem = key.Text;
    }

    /// <summary>The certificate PEM blocks, the credential's own certificate first, each without a trailing line break.</summary>
    public IReadOnlyList<string> CertificatePems => _certificatePems;

    /// <summary>The private key PEM block, without a trailing line break. A secret when not encrypted.</summary>
    public string PrivateKeyPem { get; }

    /// <summary>Whether the private key is PEM-encrypted (PKCS#8 <c>ENCRYPTED PRIVATE KEY</c> or <c>Proc-Type: 4,ENCRYPTED</c>).</summary>
    public bool IsPrivateKeyEncrypted =>
        PrivateKeyPem.StartsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----", StringComparison.Ordinal)
        || PrivateKeyPem.Contains("Proc-Type: 4,ENCRYPTED", StringComparison.Ordinal);

    /// <summary>Encodes the payload: first certificate, key, further certificates, each followed by <c>\n</c>, then NUL.</summary>
    /// <returns>The message bytes (ASCII). They contain the private key: clear them after sending.</returns>
    public byte[] Encode()
    {
        var text = new StringBuilder();
        text.Append(_certificatePems[0]).Append('\n');
        text.Append(PrivateKeyPem).Append('\n');
        foreach (var certificate in _certificatePems.Skip(1))
        {
            text.Append(certificate).Append('\n');
        }

        text.Append(Nul);
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>Builds a payload from PEM text holding certificates and exactly one private key, in any order.</summary>
    /// <param name="pemText">The PEM text, for example a proxy file or the server's stored credential.</param>
    /// <returns>The payload; certificates keep their order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pemText"/> is null.</exception>
    /// <exception cref="MyProxyProtocolException">
    /// No certificate, not exactly one private key, another kind of PEM block, or a NUL or non-ASCII character.
    /// </exception>
    public static CredentialPemPayload Parse(string pemText)
    {
        ArgumentNullException.ThrowIfNull(pemText);
        CheckCharacters(pemText, "credential PEM text");
        var blocks = PemBlock.ParseAll(pemText, "credential PEM text");
        var unknown = blocks.FirstOrDefault(b => !b.IsCertificate && !b.IsPrivateKey);
        if (unknown.Label is not null)
        {
            throw new MyProxyProtocolException($"The credential PEM text holds a '{unknown.Label}' block; only certificates and one private key belong there.");
        }

        var keys = blocks.Where(b => b.IsPrivateKey).ToList();
        if (keys.Count != 1)
        {
            throw new MyProxyProtocolException($"The credential PEM text holds {keys.Count} private keys; it must hold exactly one.");
        }

        return new CredentialPemPayload(blocks.Where(b => b.IsCertificate).Select(b => b.Text).ToList(), keys[0].Text);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"CredentialPemPayload {{ Certificates = {_certificatePems.Length}, PrivateKey = {(IsPrivateKeyEncrypted ? "encrypted" : "present")} }}";

    /// <summary>Rejects characters the wire cannot carry: NUL ends the message and PEM is ASCII.</summary>
    internal static void CheckCharacters(string text, string what)
    {
        foreach (var c in text)
        {
            if (c == Nul || c > '\x7F')
            {
                throw new MyProxyProtocolException($"The {what} holds a NUL or non-ASCII character; PEM text is ASCII only.");
            }
        }
    }

    private static PemBlock ParseBlock(string pem, string what)
    {
        CheckCharacters(pem, what);
        return PemBlock.ParseSingle(pem, what);
    }
}
