using MyProxy.Protocol.Responses;
using MyProxy.Transport.Trust;

namespace MyProxy.Client.Strategies;

/// <summary>Where trusted CAs are read from to verify servers and credentials, and where trust roots are installed.</summary>
public interface ITrustRootStore
{
    /// <summary>The directory to verify against, or <see langword="null"/> when none is configured or exists.</summary>
    string? ValidationDirectory { get; }

    /// <summary>Installs trust-root files received from a verified (or bootstrapped) server.</summary>
    /// <param name="files">The files, names as the server sent them (checked before anything is written).</param>
    /// <returns>Where they were written.</returns>
    /// <exception cref="MyProxyTrustRootException">A name is unsafe or the files cannot be written.</exception>
    TrustRootInstallResult Install(IReadOnlyList<TrustRootFile> files);
}
