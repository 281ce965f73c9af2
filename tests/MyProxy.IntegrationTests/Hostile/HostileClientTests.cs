namespace MyProxy.IntegrationTests.Hostile;

/// <summary>
/// <c>MyProxyClient</c> against a server that gets the protocol wrong on purpose: every failure is a
/// typed <see cref="MyProxyException"/> with a short message, within the timeout, and the trust directory is untouched.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class HostileClientTests
{
    [TestCaseSource(typeof(HostileCases), nameof(HostileCases.Commands))]
    public async Task ValidExchange_ThisHarness_Succeeds(HostileCommand command)
    {
        await using var server = new HostileServer(HostileScript.Valid(command));
        using var client = new HostileClient(server.Port);

        await client.RunAsync(command);
    }

    [TestCaseSource(typeof(HostileCases), nameof(HostileCases.Misbehaviours))]
    public async Task Misbehaviour_AtStep_TypedShortErrorAndTrustDirectoryUntouched(HostileCommand command, int step, string name)
    {
        var misbehaviour = HostileCases.Find(command, step, name);
        await using var server = new HostileServer(HostileScript.Misbehaving(command, step, misbehaviour));
        using var client = new HostileClient(server.Port);
        var before = DirectorySnapshot.Of(client.Directory);

        var exception = await HostileAssert.ThrowsAsync(() => client.RunAsync(command, wantTrustRoots: true), command.ToString());

        Assert.That(exception, Is.InstanceOf(misbehaviour.Expected), exception.ToString());
        HostileAssert.IsShortPlainMessage(exception.Message, exception.GetType().Name);
        Assert.That(DirectorySnapshot.Of(client.Directory), Is.EqualTo(before));
    }

    [TestCaseSource(typeof(HostileCases), nameof(HostileCases.Commands))]
    public async Task ConnectionClosed_AtEveryByteBoundary_TypedShortError(HostileCommand command)
    {
        var answers = new List<byte[]>();
        await using (var recorder = new HostileServer(HostileScript.Recording(command, answers)))
        {
            using var valid = new HostileClient(recorder.Port);
            await valid.RunAsync(command);
        }

        foreach (var (step, offset) in Boundaries(answers))
        {
            await using var server = new HostileServer(HostileScript.CutAfter(command, step, offset));
            using var client = new HostileClient(server.Port);
            var cut = $"{offset} of the {answers[step].Length} bytes of answer {step}";

            var exception = await HostileAssert.ThrowsAsync(() => client.RunAsync(command), $"cut after {cut}");

            Assert.That(exception, Is.InstanceOf<MyProxyException>(), $"cut after {cut} bytes: {exception}");
            Assert.That(exception, Is.Not.InstanceOf<MyProxyTimeoutException>(), $"cut after {cut} bytes: a closed connection is no silence: {exception}");
            HostileAssert.IsShortPlainMessage(exception.Message, $"cut after {cut} bytes");
        }
    }

    [TestCaseSource(typeof(HostileCases), nameof(HostileCases.EscapingTrustRoots))]
    public async Task TrustRootName_EscapingTheDirectory_RefusedAndNothingWritten(HostileCommand command, string name)
    {
        await using var server = new HostileServer(HostileScript.Misbehaving(command, 0, HostileCases.TrustRootsNamed(name)));
        using var client = new HostileClient(server.Port);
        var before = DirectorySnapshot.Of(client.Directory);

        var exception = await HostileAssert.ThrowsAsync(() => client.RunAsync(command, wantTrustRoots: true), command.ToString());

        Assert.That(exception, Is.InstanceOf<MyProxyException>(), exception.ToString());
        HostileAssert.IsShortPlainMessage(exception.Message, exception.GetType().Name);
        Assert.That(DirectorySnapshot.Of(client.Directory), Is.EqualTo(before));
        Assert.That(File.Exists("/tmp/myproxy-hostile-absolute.0"), Is.False);
    }

    [TestCase(HostileCommand.Get, "Chain")]
    [TestCase(HostileCommand.Retrieve, "Credential")]
    public async Task TrustRoots_ThenCredentialForAnotherKey_TrustRootsNotInstalled(HostileCommand command, string step)
    {
        var index = ValidExchange.Steps(command).Select(s => s.Name).ToList().IndexOf(step);
        var foreign = HostileCases.Find(command, index, "ForeignKey");
        await using var server = new HostileServer(HostileScript.Misbehaving(command, index, foreign));
        using var client = new HostileClient(server.Port);
        File.Delete(Directory.EnumerateFiles(client.TrustDirectory, "*.signing_policy").First());
        var before = DirectorySnapshot.Of(client.Directory);

        var exception = await HostileAssert.ThrowsAsync(() => client.RunAsync(command, wantTrustRoots: true), command.ToString());

        Assert.That(exception, Is.InstanceOf<MyProxyValidationException>(), exception.ToString());
        Assert.That(DirectorySnapshot.Of(client.Directory), Is.EqualTo(before));
    }

    /// <summary>
    /// Where to cut a valid exchange: every byte of short answers (the text messages), and of long ones (a chain, a
    /// PEM credential) the first and last 24 bytes and about 40 in between.
    /// </summary>
    private static IEnumerable<(int Step, int Offset)> Boundaries(IReadOnlyList<byte[]> answers)
    {
        for (var step = 0; step < answers.Count; step++)
        {
            var length = answers[step].Length;
            var stride = length <= 96 ? 1 : Math.Max(1, length / 40);
            var cuts = Enumerable.Range(0, length).Where(i => length <= 96 || i < 24 || i >= length - 24 || i % stride == 0);
            foreach (var cut in cuts)
            {
                yield return (step, cut);
            }
        }
    }
}
