using MyProxy.Crypto;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Cli.Commands.Proxy;

/// <summary>What <c>myproxy proxy init</c> was asked to do, after parsing; paths are <see langword="null"/> when defaulted.</summary>
/// <param name="CertificatePath"><c>--cert</c>.</param>
/// <param name="KeyPath"><c>--key</c>.</param>
/// <param name="OutputPath"><c>-o/--out</c>.</param>
/// <param name="Proxy">The proxy to make.</param>
/// <param name="PassphraseFromStandardInput"><c>-S</c>: read the pass phrase as a line of standard input, without a prompt.</param>
/// <param name="Quiet"><c>-q</c>: print nothing on success.</param>
/// <param name="Crypto">The backend.</param>
/// <param name="CertificateOption">The option that names the certificate, for error messages (<c>myproxy init</c>: <c>-C</c>).</param>
/// <param name="KeyOption">The option that names the key, for error messages (<c>myproxy init</c>: <c>-y</c>).</param>
internal sealed record ProxyInitRequest(
    string? CertificatePath,
    string? KeyPath,
    string? OutputPath,
    ProxyOptions Proxy,
    bool PassphraseFromStandardInput,
    bool Quiet,
    ICryptoProvider Crypto,
    string CertificateOption = "--cert",
    string KeyOption = "--key");
