namespace MyProxy.Fuzz;

/// <summary>The seed files of a target: <c>corpus/&lt;target&gt;/*</c>, smallest first.</summary>
internal static class Corpus
{
    public static IReadOnlyList<byte[]> Load(string corpusRoot, string target)
    {
        var directory = Path.Combine(corpusRoot, target);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
    }

    /// <summary>Replays every seed of <paramref name="target"/> in every variant; returns what broke the contract.</summary>
    public static IReadOnlyList<Finding> Replay(FuzzTarget target, string corpusRoot)
    {
        var findings = new List<Finding>();
        foreach (var seed in Load(corpusRoot, target.Name))
        {
            foreach (var input in FuzzExecution.Variants(seed))
            {
                if (FuzzExecution.Run(target, input).Finding is { } finding)
                {
                    findings.Add(finding);
                }
            }
        }

        return findings;
    }
}
