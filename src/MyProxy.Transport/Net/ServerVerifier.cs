using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Validation;
using MyProxy.Transport.Trust;

namespace MyProxy.Transport.Net;

/// <summary>
/// The client's check of the server during the handshake, the same for both transports: the chain by our own
/// validator (never the platform's, which rejects proxies and knows no grid CAs), then the identity policy.
/// </summary>
internal sealed class ServerVerifier
{
    private readonly MyProxyEndpoint _endpoint;
    private readonly TransportOptions _options;

    public ServerVerifier(MyProxyEndpoint endpoint, TransportOptions options)
    {
        _endpoint = endpoint;
        _options = options;
    }

    /// <summary>The first reason the server was refused, kept because the TLS stacks replace it by a generic alert.</summary>
    public MyProxyException? Failure { get; private set; }

    /// <summary>Checks the chain; records and returns false on refusal instead of throwing into the TLS stack.</summary>
    public bool TryVerify(IReadOnlyList<X509Certificate2> chain)
    {
        try
        {
            Verify(chain);
            return true;
        }
        catch (MyProxyException exception)
        {
            Failure = exception;
            return false;
        }
    }

    public void Verify(IReadOnlyList<X509Certificate2> chain)
    {
        if (chain.Count == 0)
        {
            throw new MyProxyTransportException($"the MyProxy server {_endpoint} presented no certificate; it is not a MyProxy server");
        }

        var result = _options.ServerChainValidator.Validate(chain);
        if (!result.IsValid)
        {
            throw new MyProxyValidationException(RefusalMessage(result.Failures[0]), result.Failures);
        }

        _options.ServerIdentity.Check(_endpoint.Host, result.EndEntityCertificate ?? chain[0]);
    }

    private string RefusalMessage(ChainValidationFailure failure)
    {
        // The C client's advice for an unknown CA; a bootstrap that refused has its own, narrower reason.
        return failure.Rule == ChainValidationRule.UntrustedIssuer && _options.ServerChainValidator is not TrustBootstrap
            ? $"the MyProxy server {_endpoint} presented a certificate from a CA that is not trusted: {failure}; if you want to trust that CA, re-run with -b (myproxy get-trustroots -b)"
            : $"the MyProxy server {_endpoint} presented a certificate that is not valid: {failure}";
    }
}
