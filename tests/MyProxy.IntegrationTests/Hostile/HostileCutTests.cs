namespace MyProxy.IntegrationTests.Hostile;

/// <summary>
/// The client's sessions and decoders over <see cref="PlainTransport"/>, where a connection is cheap enough to try
/// them all: a valid exchange cut after every single byte of every answer, a valid exchange handed over one byte per
/// read, and floods measured by how much of them the client read. (Over TLS, <see cref="HostileClientTests"/> cuts
/// every byte of the short answers and a sample of the long ones; the bytes the client decodes are the same.)
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class HostileCutTests
{
    /// <summary>What the client may read of a flood: one message at the limit, and one read's worth more.</summary>
    private static readonly long MaxFloodRead = ProtocolLimits.Default.MaxMessageBytes + (64 * 1024);

    public static IEnumerable<TestCaseData> Floods() =>
        from step in ValidExchange.AllSteps()
        from name in new[] { "NulFlood", "EndlessText", "ErrorFlood" }
        select new TestCaseData(step.Command, step.Step, name).SetArgDisplayNames(name, $"{step.Command}{step.Name}");

    [TestCaseSource(typeof(HostileCases), nameof(HostileCases.Commands))]
    public async Task ConnectionClosed_AfterEveryByteOfEveryAnswer_TypedShortErrorNothingInstalled(HostileCommand command)
    {
        var answers = await RecordAsync(command);
        var cut = (Step: 0, Offset: 0);
        await using var server = new HostileServer((peer, token) => HostileScript.CutAfter(command, cut.Step, cut.Offset)(peer, token), tls: false);
        using var client = new HostileClient(server.Port, new PlainTransport());
        var before = DirectorySnapshot.Of(client.Directory);
        var cuts = 0;

        for (var step = 0; step < answers.Count; step++)
        {
            for (var offset = 0; offset < answers[step].Length; offset++, cuts++)
            {
                cut = (step, offset);
                var context = $"cut after {offset} of the {answers[step].Length} bytes of answer {step}";

                var exception = await HostileAssert.ThrowsAsync(() => client.RunAsync(command, wantTrustRoots: true), context);

                if (exception is not MyProxyException || exception is MyProxyTimeoutException)
                {
                    Assert.Fail($"{context}: {exception}");
                }

                HostileAssert.IsShortPlainMessage(exception.Message, context);
            }
        }

        Assert.That(cuts, Is.EqualTo(answers.Sum(a => a.Length)));
        Assert.That(DirectorySnapshot.Of(client.Directory), Is.EqualTo(before), "a cut exchange installed or changed a file");
    }

    [TestCaseSource(typeof(HostileCases), nameof(HostileCases.Commands))]
    public async Task ValidExchange_OneBytePerRead_Succeeds(HostileCommand command)
    {
        await using var server = new HostileServer(HostileScript.Valid(command), tls: false);
        var transport = new PlainTransport(maxBytesPerRead: 1);
        using var client = new HostileClient(server.Port, transport);

        await client.RunAsync(command, wantTrustRoots: true);

        Assert.That(transport.Consumed, Is.Positive);
    }

    [TestCaseSource(nameof(Floods))]
    public async Task Flood_AtStep_ClientStopsReadingAtTheMessageLimit(HostileCommand command, int step, string name)
    {
        var misbehaviour = HostileCases.Find(command, step, name);
        await using var server = new HostileServer(HostileScript.Misbehaving(command, step, misbehaviour), tls: false);
        var transport = new PlainTransport();
        using var client = new HostileClient(server.Port, transport);

        var exception = await HostileAssert.ThrowsAsync(() => client.RunAsync(command), name);

        Assert.That(exception, Is.InstanceOf(misbehaviour.Expected), exception.ToString());
        Assert.That(transport.Consumed, Is.LessThanOrEqualTo(MaxFloodRead), $"read {transport.Consumed} bytes of a {Misbehaviour.FloodBytes}-byte flood");
    }

    private static async Task<List<byte[]>> RecordAsync(HostileCommand command)
    {
        var answers = new List<byte[]>();
        await using var recorder = new HostileServer(HostileScript.Recording(command, answers), tls: false);
        using var valid = new HostileClient(recorder.Port, new PlainTransport());
        await valid.RunAsync(command, wantTrustRoots: true);
        return answers;
    }
}
