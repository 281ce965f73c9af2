using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Crypto.Credentials;

/// <summary>
/// A certificate chain with the private key of its first certificate: a proxy credential (proxy, older
/// proxies, end-entity certificate, perhaps CAs) or an end-entity credential (certificate and key).
/// </summary>
/// <remarks>The credential owns its key and certificates and disposes them.</remarks>
public sealed class X509Credential : IDisposable
{
    /// <summary>Creates a credential.</summary>
    /// <param name="chain">Leaf first: the certificate the key belongs to, then its issuers.</param>
    /// <param name="privateKey">The private key of <c>chain[0]</c> (<see cref="RSA"/> or <see cref="ECDsa"/>).</param>
    /// <exception cref="ArgumentException">The chain is empty.</exception>
    public X509Credential(IReadOnlyList<X509Certificate2> chain, AsymmetricAlgorithm privateKey)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(privateKey);
        if (chain.Count == 0)
        {
            throw new ArgumentException("A credential needs at least one certificate.", nameof(chain));
        }

        Chain = chain;
        PrivateKey = privateKey;
    }

    /// <summary>The certificate the private key belongs to (<c>Chain[0]</c>).</summary>
    public X509Certificate2 Certificate => Chain[0];

    /// <summary>The whole chain, leaf first.</summary>
    public IReadOnlyList<X509Certificate2> Chain { get; }

    /// <summary>The private key of <see cref="Certificate"/>.</summary>
    public AsymmetricAlgorithm PrivateKey { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        PrivateKey.Dispose();
        foreach (var certificate in Chain)
        {
            certificate.Dispose();
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"X509Credential({Certificate.Subject}, {Chain.Count} certificate(s))";
}
