using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Requests;

/// <summary>
/// A PKCS#10 request whose self-signature has been checked. A signer takes only <see cref="PublicKey"/> from
/// it; the rest is what the requester asked for, to be granted or not by the signer's own policy.
/// </summary>
/// <param name="PublicKey">The key to certify.</param>
/// <param name="Subject">The subject the requester put in the request.</param>
/// <param name="RequestedProxyCertInfo">A ProxyCertInfo extension found in the request's extension request, if any.</param>
/// <param name="RequestedFormat">The format of that extension (RFC 3820 or draft), if any.</param>
/// <param name="KeySizeInBits">The key's size: RSA modulus bits or EC curve bits.</param>
public sealed record DecodedCertificateRequest(
    PublicKey PublicKey,
    X500DistinguishedName Subject,
    ProxyCertInfo? RequestedProxyCertInfo,
    ProxyCertificateFormat? RequestedFormat,
    int KeySizeInBits);
