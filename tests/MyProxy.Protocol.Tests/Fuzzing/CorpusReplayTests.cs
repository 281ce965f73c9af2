using MyProxy.Fuzz;

namespace MyProxy.Protocol.Tests.Fuzzing;

/// <summary>
/// Replays the fuzz corpus (fuzz/corpus/&lt;target&gt;/, seeds and past findings) through every fuzz target, in
/// every limit set and delivery pattern, so a decoder that regresses on a known input fails here, not in a fuzz run.
/// </summary>
public class CorpusReplayTests
{
    public static IEnumerable<string> TargetNames => FuzzTargets.All.Select(target => target.Name);

    [TestCaseSource(nameof(TargetNames))]
    public void Replay_Corpus_NoFinding(string target)
    {
        var findings = Corpus.Replay(FuzzTargets.Select(target)[0], CorpusRoot());

        Assert.That(findings.Select(finding => $"{finding.Kind}: {finding.Detail}"), Is.Empty);
    }

    [TestCaseSource(nameof(TargetNames))]
    public void Load_Corpus_HasSeeds(string target)
    {
        Assert.That(Corpus.Load(CorpusRoot(), target), Is.Not.Empty);
    }

    private static string CorpusRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            var corpus = Path.Combine(directory.FullName, "fuzz", "corpus");
            if (Directory.Exists(corpus))
            {
                return corpus;
            }
        }

        throw new DirectoryNotFoundException("fuzz/corpus not found above the test directory.");
    }
}
