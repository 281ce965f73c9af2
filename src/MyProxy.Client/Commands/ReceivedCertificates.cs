using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Protocol.Frames;

namespace MyProxy.Client.Commands;

/// <summary>Certificates from a chain frame: DER the frame splitter accepted may still be no certificate.</summary>
internal static class ReceivedCertificates
{
    /// <exception cref="MyProxyProtocolException">One of them is not a certificate (the others are disposed).</exception>
    public static IReadOnlyList<X509Certificate2> Load(CertificateChainFrame frame, string sender, MyProxyPhase phase)
    {
        var chain = new List<X509Certificate2>(frame.Certificates.Count);
        try
        {
            foreach (var der in frame.Certificates)
            {
                chain.Add(X509CertificateLoader.LoadCertificate(der.Span));
            }

            return chain;
        }
        catch (CryptographicException exception)
        {
            chain.ForEach(certificate => certificate.Dispose());
            throw new MyProxyProtocolException(
                $"{sender} sent certificate {chain.Count + 1} of {frame.Certificates.Count} as DER that is not a certificate ({exception.Message.TrimEnd('.')}); the server is misbehaving: report it to its administrator",
                exception) { Phase = phase };
        }
    }
}
