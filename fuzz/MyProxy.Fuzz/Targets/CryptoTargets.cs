using System.Text;
using MyProxy.Crypto;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Fuzz.Targets;

/// <summary>The crypto-layer parsers that see bytes from a server, on both backends.</summary>
internal static class CryptoTargets
{
    private static readonly IReadOnlyList<byte[]> PemTokens =
    [
        "-----BEGIN CERTIFICATE-----\n"u8.ToArray(), "-----END CERTIFICATE-----\n"u8.ToArray(),
        "-----BEGIN RSA PRIVATE KEY-----\n"u8.ToArray(), "-----END RSA PRIVATE KEY-----\n"u8.ToArray(),
        "-----BEGIN EC PRIVATE KEY-----\n"u8.ToArray(), "-----BEGIN PRIVATE KEY-----\n"u8.ToArray(),
        "-----END PRIVATE KEY-----\n"u8.ToArray(), "Proc-Type: 4,ENCRYPTED\n"u8.ToArray(), "-----"u8.ToArray(),
        "MII"u8.ToArray(), "AAAA"u8.ToArray(), "=="u8.ToArray(), "\n"u8.ToArray(), "\r\n"u8.ToArray(),
    ];

    private static readonly IReadOnlyList<byte[]> DerTokens =
    [
        [0x30, 0x82], [0x30, 0x81], [0x30, 0x00], [0x02, 0x01, 0x00], [0x02, 0x01, 0xff], [0x02, 0x09, 0x01, 0, 0, 0, 0, 0, 0, 0, 0],
        [0x05, 0x00], [0x06, 0x08, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x15, 0x01], [0x04, 0x00], [0x03, 0x01, 0x00], [0xa0, 0x00],
        [0x0c, 0x00], [0x13, 0x01, 0x41], [0x17, 0x0d], [0x01, 0x01, 0xff], [0x80], [0xff],
    ];

    public static IEnumerable<FuzzTarget> All()
    {
        yield return new FuzzTarget
        {
            Name = "proxy-cert-info",
            Description = "ProxyCertInfo.TryDecode (RFC 3820 and draft); must return false, never throw; re-encodes",
            Execute = DecodeProxyCertInfo,
            Tokens = DerTokens,
        };
        foreach (var backend in new[] { CryptoBackend.System, CryptoBackend.BouncyCastle })
        {
            var crypto = CryptoProviders.For(backend);
            var suffix = backend == CryptoBackend.System ? "system" : "bouncycastle";
            yield return Crypto($"certificate-request-{suffix}", $"ICryptoProvider.DecodeCertificateRequest ({backend})", input => crypto.DecodeCertificateRequest(input.Data), DerTokens);
            yield return Crypto($"private-key-{suffix}", $"ICryptoProvider.ImportPrivateKeyPem, no pass phrase ({backend})", input => ImportKey(crypto, input), PemTokens);
            yield return new FuzzTarget
            {
                Name = $"chain-validator-{suffix}",
                Description = $"ProxyChainValidator.Validate on a chain frame's certificates ({backend}); must report, never throw",
                Execute = input => ChainValidation.Validate(crypto, input),
                Tokens = DerTokens,
                AllocationBase = 8 * 1024 * 1024,
            };
        }

        yield return Crypto("certificate-pem", "CredentialPem.ReadCertificates", ReadCertificates, PemTokens);
    }

    private static FuzzTarget Crypto(string name, string description, Action<FuzzInput> execute, IReadOnlyList<byte[]> tokens) => new()
    {
        Name = name,
        Description = description,
        Execute = execute,
        AllowedException = typeof(MyProxyCryptoException),
        Tokens = tokens,
        AllocationBase = 4 * 1024 * 1024,
        AllocationPerByte = 256,
    };

    private static void DecodeProxyCertInfo(FuzzInput input)
    {
        foreach (var format in new[] { ProxyCertificateFormat.Rfc3820, ProxyCertificateFormat.Draft })
        {
            if (ProxyCertInfo.TryDecode(input.Data, format, out var info, out _)
                && !ProxyCertInfo.TryDecode(info!.Encode(format), format, out _, out _))
            {
                throw new FuzzContractException($"a ProxyCertInfo ({format}) that decodes does not decode again after Encode.");
            }
        }
    }

    private static void ImportKey(ICryptoProvider crypto, FuzzInput input)
    {
        using var key = crypto.ImportPrivateKeyPem(Encoding.Latin1.GetString(input.Data), ReadOnlySpan<char>.Empty);
    }

    private static void ReadCertificates(FuzzInput input)
    {
        foreach (var certificate in CredentialPem.ReadCertificates(Encoding.Latin1.GetString(input.Data)))
        {
            certificate.Dispose();
        }
    }
}
