using MyProxy.Client.Sessions;
using MyProxy.Client.Strategies;
using MyProxy.Crypto.Credentials;

namespace MyProxy.Client.Commands;

/// <summary>The client credential of one command: the caller's (borrowed) or a located one (owned, disposed after).</summary>
internal sealed class BorrowedCredential : IDisposable
{
    private readonly bool _owned;

    private BorrowedCredential(X509Credential? credential, bool owned)
    {
        Credential = credential;
        _owned = owned;
    }

    public X509Credential? Credential { get; }

    /// <summary>The caller's credential, else the located one; <see langword="null"/> credential when there is none and none is required.</summary>
    public static BorrowedCredential Resolve(ClientContext context, X509Credential? given, bool required)
    {
        if (given is not null)
        {
            return new BorrowedCredential(given, owned: false);
        }

        var location = context.Credentials.Locate();
        if (location is null)
        {
            return required
                ? throw new MyProxyException("This command needs a client credential and none was found: give ClientCredential, or create a proxy (X509_USER_PROXY or /tmp/x509up_u<uid>).")
                : new BorrowedCredential(null, owned: false);
        }

        var credential = location.Source == CredentialSource.ProxyFile
            ? CredentialFile.ReadProxy(location.CertificatePath, context.Crypto)
            : CredentialFile.ReadCertificateAndKey(location.CertificatePath, location.KeyPath, context.Crypto, default);
        return new BorrowedCredential(credential, owned: true);
    }

    /// <summary>No credential: an anonymous connection.</summary>
    public static BorrowedCredential None { get; } = new(null, owned: false);

    public void Dispose()
    {
        if (_owned)
        {
            Credential?.Dispose();
        }
    }
}
