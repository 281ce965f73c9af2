using Microsoft.Extensions.Logging;
using MyProxy.Client.Configuration;
using MyProxy.Client.Keys;
using MyProxy.Client.Strategies;
using MyProxy.Crypto;

namespace MyProxy.Client.Sessions;

/// <summary>Everything a command needs, resolved once per client.</summary>
internal sealed record ClientContext(
    MyProxyClientOptions Options,
    ICryptoProvider Crypto,
    IMyProxyTransportSelector Transports,
    ITrustRootStore TrustRoots,
    ITrustBootstrapPolicy Bootstrap,
    ICredentialLocator Credentials,
    ICertificateChainValidatorFactory Validators,
    IEnvironmentReader Environment,
    TimeProvider Time,
    ILogger Logger,
    MyProxyKeyPool? KeyPool = null);
