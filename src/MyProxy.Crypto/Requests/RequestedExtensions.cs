using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Requests;

/// <summary>The parts of reading a PKCS#10 request that do not depend on the backend that parsed it.</summary>
internal static class RequestedExtensions
{
    /// <summary>The extension a request carries to ask for <paramref name="options"/>' ProxyCertInfo, or null.</summary>
    public static X509Extension? ProxyExtension(CertificateRequestOptions options)
    {
        if (options.ProxyCertInfo is not { } info)
        {
            return null;
        }

        var oid = ProxyCertInfo.ExtensionOidFor(options.ProxyFormat);
        return new X509Extension(oid, info.Encode(options.ProxyFormat), critical: true);
    }

    /// <summary>Finds and decodes the (at most one) ProxyCertInfo among a request's requested extensions.</summary>
    /// <exception cref="MyProxyCryptoException">More than one, or an undecodable one.</exception>
    public static (ProxyCertInfo? Info, ProxyCertificateFormat? Format) FindProxyCertInfo(IEnumerable<(string Oid, byte[] Value)> extensions)
    {
        var found = extensions
            .Select(extension => (extension.Value, Format: FormatOf(extension.Oid)))
            .Where(extension => extension.Format is not null)
            .ToList();
        if (found.Count == 0)
        {
            return (null, null);
        }

        if (found.Count > 1)
        {
            throw new MyProxyCryptoException("The certificate request asks for more than one ProxyCertInfo extension; ask for one.");
        }

        var format = found[0].Format!.Value;
        if (!ProxyCertInfo.TryDecode(found[0].Value, format, out var info, out var error))
        {
            throw new MyProxyCryptoException($"The certificate request's ProxyCertInfo extension is unusable ({error}).");
        }

        return (info, format);
    }

    /// <summary>The size of an RSA or EC public key in bits.</summary>
    /// <exception cref="MyProxyCryptoException">Neither RSA nor ECDSA.</exception>
    public static int KeySizeInBits(PublicKey publicKey)
    {
        using (var rsa = publicKey.GetRSAPublicKey())
        {
            if (rsa is not null)
            {
                return rsa.KeySize;
            }
        }

        using var ecdsa = publicKey.GetECDsaPublicKey();
        return ecdsa?.KeySize
            ?? throw new MyProxyCryptoException($"The certificate request's key algorithm {publicKey.Oid.Value} is not supported; use RSA or ECDSA.");
    }

    private static ProxyCertificateFormat? FormatOf(string oid) => oid switch
    {
        ProxyObjectIdentifiers.ProxyCertInfo => ProxyCertificateFormat.Rfc3820,
        ProxyObjectIdentifiers.DraftProxyCertInfo => ProxyCertificateFormat.Draft,
        _ => null,
    };
}
