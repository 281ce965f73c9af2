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

    /// <summary>
    /// A valid exchange whose answer <paramref name="step"/> is cut after <paramref name="offset"/> bytes, then a
    /// clean close. The cut is placed within the answer as this play makes it: a freshly signed chain or a timestamp
    /// can be a byte longer or shorter than in the recording, and a cut meant to drop the last byte must still drop one.
    /// </summary>
    public static Func<HostilePeer, CancellationToken, Task> CutAfter(HostileCommand command, int step, int offset) => async (peer, token) =>
    {
        var state = new ExchangeState();
        var index = 0;
        foreach (var answer in ValidExchange.Steps(command))
        {
            state.Valid = await answer.Answer(peer, state, token);
            if (index++ == step)
            {
                await peer.WriteAsync(state.Valid.AsMemory(0, Math.Min(offset, state.Valid.Length - 1)), token);
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
