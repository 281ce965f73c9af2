using System.Buffers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto;
using MyProxy.Crypto.Validation;
using MyProxy.Protocol.Frames;

namespace MyProxy.Fuzz.Targets;

/// <summary>
/// Validates the certificates of a chain frame as the client does after GET: the input is the frame, the
/// self-issued certificates in it are the trust anchors, so mutations of a real chain reach every check.
/// </summary>
internal static class ChainValidation
{
    public static void Validate(ICryptoProvider crypto, FuzzInput input)
    {
        var buffer = new ReadOnlySequence<byte>(input.Data);
        CertificateChainFrame? frame;
        try
        {
            if (new CertificateChainDecoder().Decode(ref buffer, isFinalBlock: true, out frame) != BinaryFrameStatus.Complete)
            {
                return;
            }
        }
        catch (MyProxyProtocolException)
        {
            return; // The protocol layer refuses it before validation sees it.
        }

        var chain = Load(frame!);
        try
        {
            var anchors = chain.Where(certificate => certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData));
            var trust = CertificateAuthorityDirectory.FromCertificates(anchors);
            var result = new ProxyChainValidator(crypto, trust).Validate(chain);
            _ = result.IsValid;
        }
        finally
        {
            foreach (var certificate in chain)
            {
                certificate.Dispose();
            }
        }
    }

    private static List<X509Certificate2> Load(CertificateChainFrame frame)
    {
        var chain = new List<X509Certificate2>();
        foreach (var der in frame.Certificates)
        {
            try
            {
                chain.Add(X509CertificateLoader.LoadCertificate(der.Span));
            }
            catch (CryptographicException)
            {
                // .NET itself refuses the bytes as a certificate; the client stops there, before validation.
            }
        }

        return chain;
    }
}
