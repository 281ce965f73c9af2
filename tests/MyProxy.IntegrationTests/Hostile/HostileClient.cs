using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MyProxy.Client.Strategies;
using MyProxy.Client.Operations;
using MyProxy.Crypto.Keys;
using MyProxy.IntegrationTests.Client;

namespace MyProxy.IntegrationTests.Hostile;

/// <summary>
/// <c>MyProxyClient</c> pointed at a <see cref="HostileServer"/>, with a short timeout and a trust
/// directory of its own (a copy of the sandbox's, so the host certificate is trusted and changes can be seen).
/// </summary>
internal sealed class HostileClient : IDisposable
{
    /// <summary>Short, so silence costs little; long enough for a handshake on two loaded cores.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <summary>Generous upper bound on how much longer than <see cref="Timeout"/> a failure may take.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(15);

    private readonly ClientSandbox _sandbox;

    /// <param name="port">The <see cref="HostileServer"/>'s port.</param>
    /// <param name="transport">Plain TCP in place of TLS, for a server started with <c>tls: false</c>.</param>
    public HostileClient(int port, PlainTransport? transport = null)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("myproxy-hostile-").FullName;
        TrustDirectory = ClientSandbox.CopyOfTrustDirectory(Directory);
        _sandbox = ClientSandbox.Create(settings: new Dictionary<string, string?>
        {
            ["MyProxy:Host"] = "localhost",
            ["MyProxy:Port"] = port.ToString(CultureInfo.InvariantCulture),
            ["MyProxy:CACertDir"] = TrustDirectory,
            ["MyProxy:Timeout"] = Timeout.ToString(),
        }, services: transport is null ? null : services => services.AddSingleton<IMyProxyTransportSelector>(transport));
    }

    public string Directory { get; }

    public string TrustDirectory { get; }

    /// <summary>Runs <paramref name="command"/> as a user would (trust roots asked for with GET and RETRIEVE when <paramref name="wantTrustRoots"/>).</summary>
    public async Task RunAsync(HostileCommand command, bool wantTrustRoots = false)
    {
        var client = _sandbox.Client;
        var server = Sandbox.Server;
        Task operation = command switch
        {
            HostileCommand.Get => client.LogonAsync(new LogonRequest
            {
                Username = "alice", Passphrase = server.AliceCredential.Passphrase, Key = KeySpecification.EcP256, WantTrustRoots = wantTrustRoots,
            }),
            HostileCommand.Put => client.PutAsync(new PutRequest { Username = "alice", Passphrase = "hostile-passphrase-1" }),
            HostileCommand.Store => client.StoreAsync(StoreRequest.FromFiles("alice", server.Alice.CertificatePath, server.Alice.KeyPath)),
            HostileCommand.Retrieve => client.RetrieveAsync(new RetrieveRequest { Username = "alice", Passphrase = server.Alice.KeyPassphrase, WantTrustRoots = wantTrustRoots }),
            HostileCommand.Info => client.InfoAsync(new InfoRequest { Username = "alice" }),
            HostileCommand.GetTrustRoots => client.GetTrustRootsAsync(new GetTrustRootsRequest()),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, null),
        };
        await operation.WaitAsync(Timeout + Grace);
    }

    public void Dispose()
    {
        _sandbox.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
