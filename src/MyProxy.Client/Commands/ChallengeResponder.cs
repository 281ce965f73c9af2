using System.Security.Cryptography;
using MyProxy.Client.Logging;
using MyProxy.Client.Sessions;
using MyProxy.Crypto.Credentials;
using MyProxy.Protocol;
using MyProxy.Protocol.Frames;
using MyProxy.Protocol.Responses;

namespace MyProxy.Client.Commands;

/// <summary>
/// The first answer of GET and RETRIEVE: OK, an error, or a RESPONSE=2 challenge that renewal answers by signing
/// with the credential being renewed: <c>X509_certificate_SHA256</c>, or SHA-1 only if that is all that is offered.
/// </summary>
internal static class ChallengeResponder
{
    private const int MaxRounds = 4;

    public static async Task<MyProxyResponse> AuthorizeAsync(MyProxySession session, X509Credential? renewal, ClientContext context, CancellationToken cancellationToken)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var response = await session.ReadResponseAsync(MyProxyPhase.Authorize, cancellationToken).ConfigureAwait(false);
            if (response.Code != MyProxyResponseCode.AuthorizationRequired)
            {
                return response;
            }

            var reply = Answer(response.AuthorizationChallenges, renewal, context);
            await session.WriteAsync(reply, MyProxyPhase.Authorize, cancellationToken).ConfigureAwait(false);
        }

        throw new MyProxyProtocolException($"the MyProxy server {session.Endpoint} kept asking for authorization after {MaxRounds} answers") { Phase = MyProxyPhase.Authorize };
    }

    internal static byte[] Answer(IReadOnlyList<AuthorizationChallenge> challenges, X509Credential? renewal, ClientContext context)
    {
        var challenge = challenges.FirstOrDefault(c => c.Method == AuthorizationMethod.X509CertificateSha256)
            ?? challenges.FirstOrDefault(c => c.Method == AuthorizationMethod.X509Certificate);
        var offered = string.Join(", ", challenges.Select(c => c.MethodName));
        if (challenge is null)
        {
            throw new MyProxyException($"The MyProxy server asks for authorization by {offered}, which this client does not support; give the credential passphrase.") { Phase = MyProxyPhase.Authorize };
        }

        if (renewal is null)
        {
            throw new MyProxyException($"The MyProxy server asks for renewal authorization ({offered}); give the credential being renewed (RenewalCredential) or the passphrase.") { Phase = MyProxyPhase.Authorize };
        }

        ClientLog.AnsweringChallenge(context.Logger, challenge.MethodName, renewal.Certificate.Subject);
        var signature = Sign(renewal.PrivateKey, CertificateAuthorizationPayload.GetBytesToSign(challenge.Data), challenge.Method);
        var chain = new CertificateChainFrame(renewal.Chain.Select(c => (ReadOnlyMemory<byte>)c.RawData).ToList());
        return AuthorizationReply.ForCertificate(challenge.Method, new CertificateAuthorizationPayload(signature, chain)).Encode();
    }

    private static byte[] Sign(AsymmetricAlgorithm key, byte[] data, AuthorizationMethod method)
    {
        var hash = method == AuthorizationMethod.X509CertificateSha256 ? HashAlgorithmName.SHA256 : HashAlgorithmName.SHA1;
        return key switch
        {
            RSA rsa => rsa.SignData(data, hash, RSASignaturePadding.Pkcs1),
            ECDsa ecdsa => ecdsa.SignData(data, hash, DSASignatureFormat.Rfc3279DerSequence),
            _ => throw new MyProxyCryptoException("The renewal credential's key is neither RSA nor ECDSA; it cannot answer the server's challenge.") { Phase = MyProxyPhase.Authorize },
        };
    }
}
