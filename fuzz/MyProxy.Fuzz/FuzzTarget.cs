namespace MyProxy.Fuzz;

/// <summary>A decoder under test and its contract: which exception it may raise and how much it may allocate.</summary>
internal sealed record FuzzTarget
{
    /// <summary>The name chosen on the command line, and the corpus folder's name.</summary>
    public required string Name { get; init; }

    /// <summary>What the target calls.</summary>
    public required string Description { get; init; }

    /// <summary>Runs the decoder on one input; returning normally means "accepted" or "needs more data".</summary>
    public required Action<FuzzInput> Execute { get; init; }

    /// <summary>The one exception type (and its subclasses) the contract allows; <see langword="null"/> for none.</summary>
    public Type? AllowedException { get; init; }

    /// <summary>Tokens the mutator splices in: keys, markers and headers of the format.</summary>
    public IReadOnlyList<byte[]> Tokens { get; init; } = [];

    /// <summary>Builds a well-formed-looking input from scratch, so generation does not depend on the corpus alone.</summary>
    public Func<Random, byte[]>? Generate { get; init; }

    /// <summary>Allocation any input may cost, in bytes, before the per-byte allowance.</summary>
    public long AllocationBase { get; init; } = 256 * 1024;

    /// <summary>Bytes the target may allocate per input byte it keeps (bounded by the limits).</summary>
    public int AllocationPerByte { get; init; } = 64;

    /// <summary>Whether <paramref name="exception"/> is one the contract allows.</summary>
    public bool Allows(Exception exception) => AllowedException?.IsInstanceOfType(exception) ?? false;

    /// <summary>
    /// The allocation bound for <paramref name="input"/>: it grows with the input only up to what the limits let
    /// the decoder keep, so an input far over the limits must be refused cheaply.
    /// </summary>
    public long AllocationBudget(FuzzInput input) =>
        AllocationBase + (AllocationPerByte * Math.Min(input.Data.Length, input.LimitBytes));
}
