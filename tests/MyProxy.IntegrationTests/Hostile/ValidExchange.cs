namespace MyProxy.IntegrationTests.Hostile;

/// <summary>
/// Each command as a correct server plays it, step by step (built, not recorded: the chain is signed by alice's
/// proxy, the trust roots are the sandbox's own), so a misbehaviour can replace any one step.
/// </summary>
internal static class ValidExchange
{
    public static IReadOnlyList<ExchangeStep> Steps(HostileCommand command) => command switch
    {
        HostileCommand.Get =>
        [
            new("FirstResponse", async (peer, state, token) => FirstOk(state, await peer.ReadRequestAsync(token))),
            new("Chain", async (peer, state, token) =>
            {
                state.CertificateRequest = await peer.ReadDerAsync(token);
                return HostileCredentials.ValidChainFrame(state.CertificateRequest);
            }),
            new("FinalResponse", (_, _, _) => Task.FromResult(ServerMessages.Message(ServerMessages.Ok))),
        ],
        HostileCommand.Put =>
        [
            new("FirstResponse", async (peer, state, token) => FirstOk(state, await peer.ReadRequestAsync(token))),
            new("ServerRequest", (_, _, _) => Task.FromResult(HostileCredentials.ServerCertificateRequest())),
            new("FinalResponse", async (peer, _, token) =>
            {
                await peer.ReadChainAsync(token);
                return ServerMessages.Message(ServerMessages.Ok);
            }),
        ],
        HostileCommand.Store =>
        [
            new("FirstResponse", async (peer, state, token) => FirstOk(state, await peer.ReadRequestAsync(token))),
            new("FinalResponse", async (peer, _, token) =>
            {
                await peer.ReadUntilNulAsync(token);
                return ServerMessages.Message(ServerMessages.Ok);
            }),
        ],
        HostileCommand.Retrieve =>
        [
            new("FirstResponse", async (peer, state, token) => FirstOk(state, await peer.ReadRequestAsync(token))),
            new("Credential", (_, _, _) => Task.FromResult(ServerMessages.Message(AliceCredentialPem()))),
            new("FinalResponse", (_, _, _) => Task.FromResult(ServerMessages.Message(ServerMessages.Ok))),
        ],
        HostileCommand.Info =>
        [
            new("Response", async (peer, state, token) =>
            {
                state.Request = await peer.ReadRequestAsync(token);
                var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
                return ServerMessages.FirstOk($"CRED_START_TIME={now - 60}\nCRED_END_TIME={now + 3600}\nCRED_OWNER={Sandbox.Server.Alice.Subject}\n");
            }),
        ],
        HostileCommand.GetTrustRoots =>
        [
            new("Response", async (peer, state, token) => FirstOk(state, await peer.ReadRequestAsync(token))),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, null),
    };

    /// <summary>Every step name of every command, for test case sources.</summary>
    public static IEnumerable<(HostileCommand Command, int Step, string Name)> AllSteps() =>
        Enum.GetValues<HostileCommand>().SelectMany(command => Steps(command).Select((step, index) => (command, index, step.Name)));

    /// <summary>alice's certificate and encrypted key as the repository stores them (the pass phrase is her key's).</summary>
    public static string AliceCredentialPem() =>
        File.ReadAllText(Sandbox.Server.Alice.CertificatePath).Trim() + "\n" + File.ReadAllText(Sandbox.Server.Alice.KeyPath).Trim() + "\n";

    private static byte[] FirstOk(ExchangeState state, string request)
    {
        state.Request = request;
        return ServerMessages.FirstOk(request.Contains("TRUSTED_CERTS=1\n", StringComparison.Ordinal) ? ServerMessages.SandboxTrustRootLines() : string.Empty);
    }
}
