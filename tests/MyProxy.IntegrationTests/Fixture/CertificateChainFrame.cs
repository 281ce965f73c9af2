using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace MyProxy.IntegrationTests.Fixture;

/// <summary>
/// Test-side reading of the GET reply: a count byte, that many DER certificates, then the final text response.
/// </summary>
internal sealed class CertificateChainFrame : IDisposable
{
    private CertificateChainFrame(IReadOnlyList<X509Certificate2> certificates, string trailer)
    {
        Certificates = certificates;
        Trailer = trailer;
    }

    public IReadOnlyList<X509Certificate2> Certificates { get; }

    /// <summary>The text after the last certificate, without its NUL terminator.</summary>
    public string Trailer { get; }

    public static CertificateChainFrame Parse(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var count = bytes[0];
        var offset = 1;
        var certificates = new List<X509Certificate2>(count);
        for (var i = 0; i < count; i++)
        {
            AsnDecoder.ReadEncodedValue(bytes.AsSpan(offset), AsnEncodingRules.DER, out _, out _, out var length);
            certificates.Add(X509CertificateLoader.LoadCertificate(bytes.AsSpan(offset, length)));
            offset += length;
        }

        return new CertificateChainFrame(certificates, Encoding.ASCII.GetString(bytes, offset, bytes.Length - offset).TrimEnd('\0'));
    }

    public void Dispose()
    {
        foreach (var certificate in Certificates)
        {
            certificate.Dispose();
        }
    }
}
