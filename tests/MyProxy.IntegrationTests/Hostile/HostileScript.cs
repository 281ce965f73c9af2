namespace MyProxy.IntegrationTests.Hostile;

/// <summary>Scripts for the <see cref="HostileServer"/>: a valid exchange, one with a misbehaviour at one step, or one cut after some bytes.</summary>
internal static class HostileScript
{
    public static Func<HostilePeer, CancellationToken, Task> Valid(HostileCommand command) => Misbehaving(command, -1, null);

    /// <summary>Plays <paramref name="command"/> correctly up to step <paramref name="step"/>, which <paramref name="misbehaviour"/> replaces.</summary>
    public static Func<HostilePeer, CancellationToken, Task> Misbehaving(HostileCommand command, int step, Misbehaviour? misbehaviour) => async (peer, token) =>
    {
        var state = new ExchangeState();
        var steps = ValidExchange.Steps(command);
        for (var index = 0; index < steps.Count; index++)
        {
            state.Valid = await steps[index].Answer(peer, state, token);
            if (index == step && misbehaviour is not null)
            {
                await misbehaviour.Act(peer, state, token);
                break;
            }

            await peer.WriteAsync(state.Valid, token);
        }

        await peer.HoldUntilClientClosesAsync(token);
    };

    /// <summary>Plays <paramref name="command"/> correctly but closes the connection once <paramref name="budget"/> bytes are out.</summary>
    public static Func<HostilePeer, CancellationToken, Task> CutAfter(HostileCommand command, int budget) => async (peer, token) =>
    {
        var state = new ExchangeState();
        foreach (var step in ValidExchange.Steps(command))
        {
            state.Valid = await step.Answer(peer, state, token);
            var left = (int)(budget - peer.Written);
            if (left < state.Valid.Length)
            {
                await peer.WriteAsync(state.Valid.AsMemory(0, left), token);
                await peer.CloseAsync();
                break;
            }

            await peer.WriteAsync(state.Valid, token);
        }

        await peer.HoldUntilClientClosesAsync(token);
    };

    /// <summary>Every byte the server sends in a valid exchange, with the lengths of its steps, recorded by playing it once.</summary>
    public static Func<HostilePeer, CancellationToken, Task> Recording(HostileCommand command, List<byte[]> answers) => async (peer, token) =>
    {
        var state = new ExchangeState();
        foreach (var step in ValidExchange.Steps(command))
        {
            state.Valid = await step.Answer(peer, state, token);
            answers.Add(state.Valid);
            await peer.WriteAsync(state.Valid, token);
        }

        await peer.HoldUntilClientClosesAsync(token);
    };
}
