namespace MyProxy.IntegrationTests.Hostile;

/// <summary>The test cases: every generic misbehaviour at every step of every command, the step-specific ones, and the trust-root names that try to escape.</summary>
internal static class HostileCases
{
    /// <summary>Trust-root file names that try to leave the directory or hide in it.</summary>
    public static readonly IReadOnlyList<(string Label, string Name)> EscapingNames =
    [
        ("DotDotSlash", "../escaped.0"),
        ("DotDot", ".."),
        ("Absolute", "/tmp/myproxy-hostile-absolute.0"),
        ("Subdirectory", "sub/inner.0"),
        ("Backslash", "..\\escaped.0"),
        ("Hidden", ".hidden.0"),
        ("Nul", "a\0b.0"),
        ("ControlCharacter", "a\u0001b.0"),
        ("InstallLog", "myproxy-install-log"),
    ];

    /// <summary>The steps where a server sends trust roots (GET and RETRIEVE when asked, GET_TRUSTROOTS always).</summary>
    public static readonly IReadOnlyList<HostileCommand> TrustRootCommands = [HostileCommand.Get, HostileCommand.Retrieve, HostileCommand.GetTrustRoots];

    public static IEnumerable<TestCaseData> Misbehaviours()
    {
        foreach (var (command, step, name) in ValidExchange.AllSteps())
        {
            foreach (var misbehaviour in Misbehaviour.Generic)
            {
                yield return Case(command, step, name, misbehaviour);
            }
        }

        foreach (var (command, stepName, misbehaviour) in StepMisbehaviours.All())
        {
            var step = ValidExchange.Steps(command).Select(s => s.Name).ToList().IndexOf(stepName);
            yield return Case(command, step, stepName, misbehaviour);
        }
    }

    public static IEnumerable<TestCaseData> Commands() =>
        Enum.GetValues<HostileCommand>().Select(command => new TestCaseData(command).SetArgDisplayNames(command.ToString()));

    public static IEnumerable<TestCaseData> EscapingTrustRoots() =>
        from command in TrustRootCommands
        from name in EscapingNames
        select new TestCaseData(command, name.Name).SetArgDisplayNames(command.ToString(), name.Label);

    /// <summary>Trust roots the server sends with its first OK: the sandbox's and one more, so an install would show.</summary>
    public static Misbehaviour TrustRootsNamed(string name) =>
        new("TrustRootName", (peer, _, token) => peer.WriteAsync(ServerMessages.FirstOk(ServerMessages.TrustRootLines([(name, "-----BEGIN CERTIFICATE-----\n"u8.ToArray())])), token),
            typeof(MyProxyException));

    /// <summary>The misbehaviour called <paramref name="name"/> at <paramref name="step"/> of <paramref name="command"/>.</summary>
    public static Misbehaviour Find(HostileCommand command, int step, string name)
    {
        var stepName = ValidExchange.Steps(command)[step].Name;
        return Misbehaviour.Generic.FirstOrDefault(m => m.Name == name)
            ?? StepMisbehaviours.All().Single(c => c.Command == command && c.Step == stepName && c.Misbehaviour.Name == name).Misbehaviour;
    }

    private static TestCaseData Case(HostileCommand command, int step, string stepName, Misbehaviour misbehaviour) =>
        new TestCaseData(command, step, misbehaviour.Name).SetArgDisplayNames(misbehaviour.Name, $"{command}{stepName}");
}
