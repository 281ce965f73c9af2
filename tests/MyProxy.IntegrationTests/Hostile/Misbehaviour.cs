using System.Text;

namespace MyProxy.IntegrationTests.Hostile;

/// <summary>What the hostile server does in place of one valid answer, and what kind of failure the client must report.</summary>
/// <param name="Name">The misbehaviour's name in test names.</param>
/// <param name="Act">Writes the bad answer (given the valid one in the state); the connection is then held open until the client closes it.</param>
/// <param name="Expected">The <see cref="MyProxyException"/> subclass the library must throw.</param>
internal sealed record Misbehaviour(string Name, Func<HostilePeer, ExchangeState, CancellationToken, Task> Act, Type Expected)
{
    /// <summary>How much a flood sends at most (the client must stop reading long before).</summary>
    public const int FloodBytes = 64 * 1024 * 1024;

    public override string ToString() => Name;

    /// <summary>The misbehaviours that apply to every step of every command.</summary>
    public static IReadOnlyList<Misbehaviour> Generic { get; } =
    [
        new("Silence", (_, _, _) => Task.CompletedTask, typeof(MyProxyTimeoutException)),
        new("SilenceMidMessage", (peer, state, token) => peer.WriteAsync(state.Valid.AsMemory(0, Math.Max(1, state.Valid.Length / 2)), token), typeof(MyProxyTimeoutException)),
        new("Trickle", TrickleAsync, typeof(MyProxyTimeoutException)),
        new("NulFlood", (peer, _, token) => FloodAsync(peer, [], 0, token), typeof(MyProxyProtocolException)),
        new("EndlessText", (peer, _, token) => FloodAsync(peer, "VERSION=MYPROXYv2\nRESPONSE=0\nX="u8.ToArray(), (byte)'x', token), typeof(MyProxyProtocolException)),
        new("ErrorFlood", (peer, _, token) => ErrorFloodAsync(peer, token), typeof(MyProxyProtocolException)),
        new("LongErrorText", (peer, _, token) => peer.WriteAsync(LongErrorText(), token), typeof(MyProxyServerException)),
        new("WrongVersion", (peer, _, token) => peer.WriteAsync(ServerMessages.Message("VERSION=MYPROXYv9\nRESPONSE=0\n"), token), typeof(MyProxyProtocolException)),
        new("UnknownResponseCode", (peer, _, token) => peer.WriteAsync(ServerMessages.Message("VERSION=MYPROXYv2\nRESPONSE=7\n"), token), typeof(MyProxyProtocolException)),
    ];

    /// <summary>An error response under the size limit but far longer than a terminal should show, with terminal escapes in it.</summary>
    public static byte[] LongErrorText()
    {
        var text = new StringBuilder("VERSION=MYPROXYv2\nRESPONSE=1\n");
        for (var line = 0; line < 2000; line++)
        {
            text.Append("ERROR=\u001b[31mYOUR ACCOUNT\u0007 IS LOCKED\r").Append('z', 300).Append('\n');
        }

        return ServerMessages.Message(text.ToString());
    }

    /// <summary>The valid answer, one byte every quarter second: never silent for a whole read timeout, never done.</summary>
    private static async Task TrickleAsync(HostilePeer peer, ExchangeState state, CancellationToken token)
    {
        foreach (var b in state.Valid)
        {
            await peer.WriteAsync(new[] { b }, token);
            await Task.Delay(TimeSpan.FromMilliseconds(250), token);
        }
    }

    private static async Task FloodAsync(HostilePeer peer, byte[] start, byte filler, CancellationToken token)
    {
        await peer.WriteAsync(start, token);
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, filler);
        while (peer.Written < FloodBytes)
        {
            await peer.WriteAsync(chunk, token);
        }
    }

    private static async Task ErrorFloodAsync(HostilePeer peer, CancellationToken token)
    {
        await peer.WriteAsync("VERSION=MYPROXYv2\nRESPONSE=1\n", token);
        var line = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("ERROR=" + new string('e', 1000) + "\n", 64)));
        while (peer.Written < FloodBytes)
        {
            await peer.WriteAsync(line, token);
        }

        await peer.WriteAsync(new byte[1], token);
    }
}
