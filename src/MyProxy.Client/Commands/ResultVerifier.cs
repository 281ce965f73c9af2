using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Client.Sessions;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Validation;
using MyProxy.Protocol.Responses;

namespace MyProxy.Client.Commands;

/// <summary>
/// Checks what the server returned before anything is handed back or written: the leaf certifies our key, and the
/// chain validates against the trust directory, as it will be once the trust roots the server sent with it are
/// installed. (The C client writes whatever it gets.)
/// </summary>
internal static class ResultVerifier
{
    public static ChainValidationResult Verify(
        ClientContext context, IReadOnlyList<X509Certificate2> chain, AsymmetricAlgorithm? key, string what, IReadOnlyList<TrustRootFile>? pendingRoots = null)
    {
        if (chain.Count == 0)
        {
            throw new MyProxyValidationException($"{what} holds no certificate.") { Phase = MyProxyPhase.VerifyResult };
        }

        if (key is not null && !KeyMatching.Matches(chain[0], key))
        {
            throw new MyProxyValidationException(
                $"{what}: the certificate {chain[0].Subject} does not certify the key it belongs with; nothing was kept. The server is misbehaving: report it to its administrator.")
            { Phase = MyProxyPhase.VerifyResult };
        }

        using var staged = pendingRoots is null ? null : StagedTrustDirectory.CreateUnlessInstalled(context.TrustRoots.ValidationDirectory, pendingRoots, context.Time);
        var directory = staged?.Path ?? context.TrustRoots.ValidationDirectory
            ?? throw new MyProxyValidationException($"{what} cannot be verified: there is no trusted CA directory (set MyProxy:CACertDir or X509_CERT_DIR).") { Phase = MyProxyPhase.VerifyResult };
        var result = context.Validators.Create(directory).Validate(chain);
        if (!result.IsValid)
        {
            throw new MyProxyValidationException($"{what} is not valid: {result.Failures[0]}", result.Failures) { Phase = MyProxyPhase.VerifyResult };
        }

        return result;
    }
}
