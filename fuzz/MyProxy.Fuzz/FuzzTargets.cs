using MyProxy.Fuzz.Targets;

namespace MyProxy.Fuzz;

/// <summary>Every target, by name.</summary>
internal static class FuzzTargets
{
    private static readonly Lazy<IReadOnlyList<FuzzTarget>> Targets = new(() =>
        [.. ResponseTargets.All(), .. FrameTargets.All(), .. CryptoTargets.All()]);

    public static IReadOnlyList<FuzzTarget> All => Targets.Value;

    /// <summary>The targets <paramref name="name"/> selects: one by name, or all for "all".</summary>
    /// <exception cref="ArgumentException">No target has that name.</exception>
    public static IReadOnlyList<FuzzTarget> Select(string name)
    {
        if (name == "all")
        {
            return All;
        }

        var target = All.FirstOrDefault(candidate => candidate.Name == name)
            ?? throw new ArgumentException($"no fuzz target '{name}'; run 'list' for the names.", nameof(name));
        return [target];
    }
}
