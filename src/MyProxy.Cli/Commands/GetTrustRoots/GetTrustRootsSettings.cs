using MyProxy.Crypto;

namespace MyProxy.Cli.Commands.GetTrustRoots;

/// <summary>The parsed options of <c>myproxy get-trustroots</c>.</summary>
internal sealed record GetTrustRootsSettings
{
    public bool Bootstrap { get; init; }

    public bool Quiet { get; init; }

    public bool Verbose { get; init; }

    /// <summary><c>-s</c>: a host or host list; <see langword="null"/> = MYPROXY_SERVER.</summary>
    public string? Servers { get; init; }

    /// <summary><c>-p</c>; <see langword="null"/> = MYPROXY_SERVER_PORT, else 7512.</summary>
    public int? Port { get; init; }

    /// <summary><c>auto</c> (default), <c>sslstream</c> or <c>bouncycastle</c>.</summary>
    public string Transport { get; init; } = "auto";

    public CryptoBackend Crypto { get; init; } = CryptoBackend.System;

    /// <summary><c>--timeout</c>; <see langword="null"/> = MYPROXY_SOCKET_TIMEOUT, else 30 s.</summary>
    public TimeSpan? Timeout { get; init; }

    public bool Json { get; init; }
}
