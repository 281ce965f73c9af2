using MyProxy.Client.Operations;
using MyProxy.Client.Sessions;
using MyProxy.Crypto.Credentials;
using MyProxy.Protocol.Frames;
using MyProxy.Protocol.Requests;
using MyProxy.Protocol.Responses;
using MyProxy.Transport.Trust;

namespace MyProxy.Client.Commands;

/// <summary>RETRIEVE: request → [challenge] → OK (+trust roots) → the stored PEM → final OK; then the key is decrypted and checked.</summary>
internal static class RetrieveCommand
{
    public static async Task<RetrieveResult> ExecuteAsync(ClientContext context, RetrieveRequest retrieve, CancellationToken cancellationToken)
    {
        var request = MyProxyRequest.Retrieve(retrieve.Username, retrieve.Passphrase, retrieve.CredentialName, retrieve.WantTrustRoots);
        MyProxyRequestEncoder.Validate(request);
        using var client = retrieve.Passphrase.Length == 0 || retrieve.ClientCredential is not null
            ? BorrowedCredential.Resolve(context, retrieve.ClientCredential, required: false)
            : BorrowedCredential.None;
        var opened = await SessionOpener.OpenAsync(context, client.Credential, bootstrapRequested: false, cancellationToken).ConfigureAwait(false);
        var session = opened.Session;
        await using (session.ConfigureAwait(false))
        {
            await session.SendRequestAsync(request, cancellationToken).ConfigureAwait(false);
            var first = await ChallengeResponder.AuthorizeAsync(session, retrieve.RenewalCredential, context, cancellationToken).ConfigureAwait(false);
            // Installed only once the credential is verified.
            var received = request.WantTrustRoots ? TrustRootsStep.Received(first, session) : null;
            var payload = await session.ReadFrameAsync<CredentialPemPayload>(
                new CredentialPemPayloadDecoder().Decode, "the stored credential", MyProxyPhase.Delegate, cancellationToken).ConfigureAwait(false);
            await session.ReadResponseAsync(MyProxyPhase.Delegate, cancellationToken).ConfigureAwait(false);
#pragma warning disable CA2000 // The credential is the result: the caller owns it.
            var credential = Open(context, payload, retrieve.Passphrase, session, received);
            TrustRootInstallResult? roots;
            try
            {
                roots = received is null ? null : TrustRootsStep.Install(context, received);
            }
            catch
            {
                credential.Dispose();
                throw;
            }

            return new RetrieveResult(session.Endpoint, credential, payload.CertificatePems, payload.PrivateKeyPem, roots);
#pragma warning restore CA2000
        }
    }

    private static X509Credential Open(ClientContext context, CredentialPemPayload payload, string passphrase, MyProxySession session, IReadOnlyList<TrustRootFile>? received)
    {
        var certificates = ReadCertificates(payload, session);
        System.Security.Cryptography.AsymmetricAlgorithm key;
        try
        {
            key = context.Crypto.ImportPrivateKeyPem(payload.PrivateKeyPem, passphrase);
        }
        catch (MyProxyException exception)
        {
            Dispose(certificates);
            throw PhaseErrors.With(exception, MyProxyPhase.VerifyResult);
        }

        try
        {
            ResultVerifier.Verify(context, certificates, key, $"the credential from {session.Endpoint}", received);
            return new X509Credential(certificates, key);
        }
        catch
        {
            key.Dispose();
            Dispose(certificates);
            throw;
        }
    }

    private static IReadOnlyList<System.Security.Cryptography.X509Certificates.X509Certificate2> ReadCertificates(CredentialPemPayload payload, MyProxySession session)
    {
        try
        {
            return CredentialPem.ReadCertificates(string.Join('\n', payload.CertificatePems));
        }
        catch (MyProxyException exception)
        {
            throw PhaseErrors.With(exception, MyProxyPhase.VerifyResult);
        }
        catch (System.Security.Cryptography.CryptographicException exception)
        {
            throw new MyProxyProtocolException($"the MyProxy server {session.Endpoint} sent a stored certificate that cannot be read: {exception.Message}", exception)
            { Phase = MyProxyPhase.Delegate };
        }
    }

    private static void Dispose(IEnumerable<System.Security.Cryptography.X509Certificates.X509Certificate2> certificates)
    {
        foreach (var certificate in certificates)
        {
            certificate.Dispose();
        }
    }
}
