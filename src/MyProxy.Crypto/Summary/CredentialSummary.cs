using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Summary;

/// <summary>
/// What a credential is, as <c>grid-proxy-info</c> and DIRAC's credential dictionary report it. Read from the
/// certificates alone: nothing is verified (use a chain validator for that).
/// </summary>
public sealed record CredentialSummary
{
    /// <summary>The leaf's subject, one-line form (<c>grid-proxy-info -subject</c>).</summary>
    public required string Subject { get; init; }

    /// <summary>The leaf's issuer, one-line form (<c>-issuer</c>).</summary>
    public required string Issuer { get; init; }

    /// <summary>The identity (Globus rule, <c>-identity</c>): the first certificate from the leaf that is not an impersonation or limited proxy.</summary>
    public required string Identity { get; init; }

    /// <summary>The subject of the end-entity certificate (first non-proxy), or <see langword="null"/> when the chain holds only proxies.</summary>
    public string? EndEntitySubject { get; init; }

    /// <summary>The leaf's type exactly as <c>grid-proxy-info -type</c> prints it, for example "RFC 3820 compliant impersonation proxy".</summary>
    public required string TypeDescription { get; init; }

    /// <summary>Whether the leaf is a proxy.</summary>
    public bool IsProxy { get; init; }

    /// <summary>Whether any proxy in the chain is limited.</summary>
    public bool IsLimited { get; init; }

    /// <summary>The leaf key's strength in bits as <c>-strength</c> prints it (RSA: modulus size; EC: 8 × maximum signature size).</summary>
    public int StrengthBits { get; init; }

    /// <summary>Time until the first certificate of the chain expires; zero when expired.</summary>
    public TimeSpan TimeLeft { get; init; }

    /// <summary>The earliest notAfter over every certificate given.</summary>
    public DateTimeOffset NotAfter { get; init; }

    /// <summary>How many more proxies the leaf may sign; <see langword="null"/> = unlimited or not a proxy.</summary>
    public int? RemainingPathLength { get; init; }

    /// <summary>The VO of the VOMS attributes (from the AC's policyAuthority), when the chain carries any.</summary>
    public string? VomsVirtualOrganization { get; init; }

    /// <summary>VOMS FQANs (for example <c>/dteam/Role=NULL/Capability=NULL</c>), parsed but not verified; empty when none.</summary>
    public IReadOnlyList<string> VomsFqans { get; init; } = [];

    /// <summary>The DIRAC group (extension 1.2.42.42), the one closest to the end entity winning; <see langword="null"/> when absent.</summary>
    public string? DiracGroup { get; init; }

    /// <summary>Where the credential was read from, when known (<c>-path</c>).</summary>
    public string? Path { get; init; }

    /// <summary>Summarises a chain.</summary>
    /// <param name="chain">Leaf first, as in a proxy file.</param>
    /// <param name="now">The time "time left" is measured from.</param>
    /// <param name="path">The file it came from, if any.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException">The chain is empty.</exception>
    public static CredentialSummary Create(IReadOnlyList<X509Certificate2> chain, DateTimeOffset now, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(chain);
        if (chain.Count == 0)
        {
            throw new ArgumentException("A credential summary needs at least one certificate.", nameof(chain));
        }

        var kinds = chain.Select(ProxyCertificateClassifier.Classify).ToList();
        var endEntity = ProxyChainFacts.EndEntityIndex(kinds);
        var proxyCount = endEntity < 0 ? chain.Count : endEntity;
        var notAfter = chain.Min(certificate => new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero));
        var (vo, fqans) = VomsExtension.Read(chain.Take(proxyCount));
        return new CredentialSummary
        {
            Subject = Name(chain[0].SubjectName),
            Issuer = Name(chain[0].IssuerName),
            Identity = Name(chain[ProxyChainFacts.IdentityIndex(kinds, proxyCount == chain.Count ? chain.Count - 1 : proxyCount)].SubjectName),
            EndEntitySubject = endEntity < 0 ? null : Name(chain[endEntity].SubjectName),
            TypeDescription = ProxyTypeDescriptions.For(kinds[0]),
            IsProxy = kinds[0].IsProxy,
            IsLimited = ProxyChainFacts.IsLimited(kinds, endEntity),
            StrengthBits = KeyStrength.Bits(chain[0]),
            NotAfter = notAfter,
            TimeLeft = notAfter > now ? notAfter - now : TimeSpan.Zero,
            RemainingPathLength = ProxyChainFacts.RemainingPathLength(kinds, proxyCount),
            VomsVirtualOrganization = vo,
            VomsFqans = fqans,
            DiracGroup = ReadDiracGroup(chain.Take(proxyCount).Reverse()),
            Path = path,
        };
    }

    /// <summary>Formats a duration as <c>grid-proxy-info</c> prints time left: <c>h:mm:ss</c>, hours unbounded, <c>0:00:00</c> when none is left.</summary>
    /// <param name="timeLeft">The time left.</param>
    /// <returns>For example <c>11:59:59</c> or <c>36:00:00</c>.</returns>
    public static string FormatTimeLeft(TimeSpan timeLeft)
    {
        var seconds = Math.Max(0L, (long)Math.Floor(timeLeft.TotalSeconds));
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}");
    }

    private static string Name(X500DistinguishedName name) => DistinguishedNames.Describe(name);

    private static string? ReadDiracGroup(IEnumerable<X509Certificate2> fromEndEntitySide)
    {
        foreach (var certificate in fromEndEntitySide)
        {
            if (certificate.Extensions[ProxyObjectIdentifiers.DiracGroup] is not { } extension)
            {
                continue;
            }

            try
            {
                var reader = new AsnReader(extension.RawData, AsnEncodingRules.BER);
                return reader.ReadCharacterString(UniversalTagNumber.IA5String);
            }
            catch (AsnContentException)
            {
                continue;
            }
        }

        return null;
    }
}
