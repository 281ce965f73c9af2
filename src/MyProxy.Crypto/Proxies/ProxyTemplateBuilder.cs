using System.Formats.Asn1;
using System.Globalization;
using System.Numerics;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;

namespace MyProxy.Crypto.Proxies;

/// <summary>
/// Turns a decided <see cref="ProxyProfile"/> into a <see cref="CertificateTemplate"/>: the subject (the issuer's
/// RDNs byte for byte plus one CN), the serial, the validity clamped to the issuing chain, and the extensions.
/// </summary>
internal static class ProxyTemplateBuilder
{
    /// <summary>Proxies start five minutes in the past, as GCT's do, to tolerate clock skew between hosts.</summary>
    public static readonly TimeSpan BackdateBy = TimeSpan.FromMinutes(5);

    private const string CommonNameOid = "2.5.4.3";

    /// <summary>Builds the template.</summary>
    /// <param name="issuer">The issuing certificate.</param>
    /// <param name="chain">Its analysed chain.</param>
    /// <param name="profile">The decided profile.</param>
    /// <param name="options">Lifetime, hash and extra extensions.</param>
    /// <param name="randomSerial">A fresh positive serial, used unless the proxy is legacy (which reuses the issuer's).</param>
    /// <param name="now">The current time.</param>
    /// <exception cref="MyProxyCryptoException">The issuing chain has expired, or an option is out of range.</exception>
    public static CertificateTemplate Build(
        X509Certificate2 issuer, IssuingChain chain, ProxyProfile profile, ProxyOptions options, BigInteger randomSerial, DateTimeOffset now)
    {
        var serial = profile.Format == ProxyCertificateFormat.Legacy ? IssuerSerial(issuer) : randomSerial;
        var commonName = profile.Format switch
        {
            ProxyCertificateFormat.Legacy => profile.Policy == ProxyPolicyKind.Limited ? "limited proxy" : "proxy",
            _ => serial.ToString(CultureInfo.InvariantCulture),
        };
        var (notBefore, notAfter) = Validity(chain, options.Lifetime, now);
        return new CertificateTemplate(
            new X500DistinguishedName(issuer.SubjectName.RawData),
            AppendCommonName(issuer.SubjectName, commonName),
            serial,
            notBefore,
            notAfter,
            ProxyExtensions.For(issuer, profile, options.AdditionalExtensions),
            options.SignatureHash);
    }

    /// <summary>The issuer's RDN sequence, copied byte for byte, with one RDN <c>CN=<paramref name="commonName"/></c> (PrintableString) appended.</summary>
    public static X500DistinguishedName AppendCommonName(X500DistinguishedName issuer, string commonName)
    {
        var reader = new AsnReader(issuer.RawData, AsnEncodingRules.DER);
        var rdns = reader.ReadSequence();
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            while (rdns.HasData)
            {
                writer.WriteEncodedValue(rdns.ReadEncodedValue().Span);
            }

            using (writer.PushSetOf())
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier(CommonNameOid);
                writer.WriteCharacterString(UniversalTagNumber.PrintableString, commonName);
            }
        }

        return new X500DistinguishedName(writer.Encode());
    }

    private static (DateTimeOffset NotBefore, DateTimeOffset NotAfter) Validity(IssuingChain chain, TimeSpan lifetime, DateTimeOffset now)
    {
        if (lifetime <= TimeSpan.Zero)
        {
            throw new MyProxyCryptoException($"The proxy lifetime {lifetime} is not positive; ask for a lifetime of at least one second.");
        }

        var start = WholeSeconds(now);
        if (chain.NotAfter <= start)
        {
            throw new MyProxyCryptoException($"The issuing credential expired at {chain.NotAfter:u}; renew it before making proxies.");
        }

        var wanted = lifetime >= DateTimeOffset.MaxValue - start ? DateTimeOffset.MaxValue : start + lifetime;
        var end = WholeSeconds(wanted < chain.NotAfter ? wanted : chain.NotAfter);
        return (start - BackdateBy, end);
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    private static BigInteger IssuerSerial(X509Certificate2 issuer) =>
        new(issuer.SerialNumberBytes.Span, isUnsigned: false, isBigEndian: true);
}
