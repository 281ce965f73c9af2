namespace MyProxy.Fuzz;

/// <summary>How long and how hard to fuzz, and where the corpus and findings live.</summary>
internal sealed record RunOptions
{
    public long Inputs { get; init; } = 1_000_000;

    /// <summary>Stop after this many seconds even if <see cref="Inputs"/> is not reached; 0 for no limit.</summary>
    public double Seconds { get; init; }

    public int Seed { get; init; } = 1;

    public string CorpusRoot { get; init; } = "fuzz/corpus";

    public string FindingsRoot { get; init; } = "fuzz/findings";

    /// <summary>The longest input the mutator builds.</summary>
    public int MaxLength { get; init; } = 8192;

    /// <summary>One input running longer than this is a hang.</summary>
    public double TimeoutSeconds { get; init; } = 10;

    /// <summary>Findings after which a target stops.</summary>
    public int MaxFindings { get; init; } = 5;
}
