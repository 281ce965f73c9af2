using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Validation;
using MyProxy.Protocol.Requests;
using MyProxy.Protocol.Responses;
using MyProxy.Transport;
using MyProxy.Transport.Trust;

namespace MyProxy.IntegrationTests.Transport;

/// <summary>The sandbox as the transport tests see it: its endpoint, options that trust its CA, alice's proxy.</summary>
internal static class TransportSandbox
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static MyProxyEndpoint Endpoint => new(Sandbox.Server.Host, Sandbox.Server.Port);

    public static ICryptoProvider Crypto => CryptoProviders.For(CryptoBackend.System);

    /// <summary>Options that verify the server with the real validator against the sandbox's trust directory.</summary>
    public static TransportOptions Options(X509Credential? credential = null) => new()
    {
        ServerChainValidator = ServerChainValidation.FromDirectory(Sandbox.Server.CertificateDirectory, Crypto),
        ClientCredential = credential,
        ConnectTimeout = Timeout,
        ReadTimeout = Timeout,
    };

    /// <summary>Options whose only trusted CA is <paramref name="ca"/>.</summary>
    public static TransportOptions TrustingOnly(X509Certificate2 ca) =>
        Options() with { ServerChainValidator = new ProxyChainValidator(Crypto, CertificateAuthorityDirectory.FromCertificates([ca])) };

    /// <summary>alice's RFC 3820 proxy: proxy, then her certificate, with the proxy's key (read here, not by the crypto layer).</summary>
    public static X509Credential AliceProxy()
    {
        var pem = File.ReadAllText(Sandbox.Server.AliceProxyPath);
        var certificates = new X509Certificate2Collection();
        certificates.ImportFromPem(pem);
        using var withKey = X509Certificate2.CreateFromPem(pem, pem);
        return new X509Credential([.. certificates], withKey.GetRSAPrivateKey()!);
    }

    /// <summary>alice's end-entity certificate and key.</summary>
    public static X509Credential AliceCertificate()
    {
        var alice = Sandbox.Server.Alice;
        using var withKey = X509Certificate2.CreateFromEncryptedPemFile(alice.CertificatePath, alice.KeyPassphrase, alice.KeyPath);
        return new X509Credential([X509CertificateLoader.LoadCertificate(withKey.RawData)], withKey.GetRSAPrivateKey()!);
    }

    /// <summary>Sends one request the way every command starts (delegation flag, then the request) and reads the answer.</summary>
    public static async Task<MyProxyResponse> ExchangeAsync(IMyProxyConnection connection, MyProxyRequest request)
    {
        await connection.SendGsiDelegationFlagAsync(CancellationToken.None);
        await connection.WriteAsync(MyProxyRequestEncoder.Encode(request), CancellationToken.None);
        return await new MyProxyResponseReader(connection).ReadResponseAsync(CancellationToken.None);
    }
}
