using System.Text;

namespace MyProxy.IntegrationTests.Hostile;

/// <summary>Misbehaviours that only make sense at one step: lying certificate counts, broken DER and PEM, someone else's key, a CA nobody trusts.</summary>
internal static class StepMisbehaviours
{
    private static readonly byte[] FinalOk = ServerMessages.Message(ServerMessages.Ok);

    public static IEnumerable<(HostileCommand Command, string Step, Misbehaviour Misbehaviour)> All()
    {
        foreach (var misbehaviour in Chain)
        {
            yield return (HostileCommand.Get, "Chain", misbehaviour);
        }

        yield return (HostileCommand.Put, "ServerRequest", new("TruncatedDer", (peer, state, token) => WriteAndCloseAsync(peer, state.Valid[..(state.Valid.Length / 2)], token), typeof(MyProxyProtocolException)));
        yield return (HostileCommand.Put, "ServerRequest", new("GarbledDer", (peer, state, token) => peer.WriteAsync(HostileCredentials.Garbled(state.Valid), token), typeof(MyProxyException)));
        yield return (HostileCommand.Retrieve, "Credential", PemLazy("GarbledPem", () => "-----BEGIN CERTIFICATE-----\nMIIB!!!not*base64\n-----END CERTIFICATE-----\n" + File.ReadAllText(Sandbox.Server.Alice.KeyPath), typeof(MyProxyException)));
        yield return (HostileCommand.Retrieve, "Credential", new("TruncatedPem", (peer, _, token) => WriteAndCloseAsync(peer, Encoding.ASCII.GetBytes(ValidExchange.AliceCredentialPem()[..300]), token), typeof(MyProxyProtocolException)));
        yield return (HostileCommand.Retrieve, "Credential", PemLazy("ForeignKey", HostileCredentials.ForeignKeyCredentialPem, typeof(MyProxyValidationException)));
        yield return (HostileCommand.Retrieve, "Credential", PemLazy("UntrustedChain", HostileCredentials.UntrustedCredentialPem, typeof(MyProxyValidationException)));
    }

    private static IEnumerable<Misbehaviour> Chain =>
    [
        ChainFrame("CountTooMany", state => [255, .. state.Valid[1..]], typeof(MyProxyProtocolException)),
        ChainFrame("CountZero", _ => [0], typeof(MyProxyException)),
        ChainFrame("CountMoreThanSent", state => [(byte)(state.Valid[0] + 1), .. state.Valid[1..]], typeof(MyProxyProtocolException)),
        new("TruncatedDer", (peer, state, token) => WriteAndCloseAsync(peer, state.Valid[..(state.Valid.Length / 2)], token), typeof(MyProxyProtocolException)),
        ChainFrame("GarbledDer", state => [state.Valid[0], .. HostileCredentials.Garbled(state.Valid[1..])], typeof(MyProxyProtocolException)),
        ChainFrame("ForeignKey", _ => HostileCredentials.ForeignKeyChainFrame(), typeof(MyProxyValidationException)),
        ChainFrame("UntrustedChain", state => HostileCredentials.UntrustedChainFrame(state.CertificateRequest!), typeof(MyProxyValidationException)),
    ];

    /// <summary>A chain frame in place of the valid one, followed by the final OK as a real server would send it.</summary>
    public static Misbehaviour ChainFrame(string name, Func<ExchangeState, byte[]> frame, Type expected) =>
        new(name, (peer, state, token) => peer.WriteAsync((byte[])[.. frame(state), .. FinalOk], token), expected);

    private static Misbehaviour PemLazy(string name, Func<string> pem, Type expected) =>
        new(name, (peer, _, token) => peer.WriteAsync((byte[])[.. ServerMessages.Message(pem()), .. FinalOk], token), expected);

    private static async Task WriteAndCloseAsync(HostilePeer peer, byte[] bytes, CancellationToken token)
    {
        await peer.WriteAsync(bytes, token);
        await peer.CloseAsync();
    }
}
