namespace MyProxy.Fuzz;

/// <summary>Runs one input and judges it against the target's contract.</summary>
internal static class FuzzExecution
{
    /// <summary>The result of one run: refused with the allowed exception or not, bytes allocated, any finding.</summary>
    public readonly record struct Result(bool Refused, long Allocated, Finding? Finding);

    public static Result Run(FuzzTarget target, FuzzInput input)
    {
        var result = RunOnce(target, input);
        // The first run of a code path also pays for JIT compilation and type loading: measure again before blaming the decoder.
        return result.Finding?.Kind == "allocation" ? RunOnce(target, input) : result;
    }

    private static Result RunOnce(FuzzTarget target, FuzzInput input)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var refused = false;
        try
        {
            target.Execute(input);
        }
#pragma warning disable CA1031 // Judging every exception against the contract is the point.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            if (!target.Allows(exception))
            {
                var kind = exception is FuzzContractException ? "contract" : "exception";
                return new Result(false, 0, new Finding(kind, exception.ToString(), input));
            }

            refused = true;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var budget = target.AllocationBudget(input);
        var finding = allocated > budget
            ? new Finding("allocation", $"allocated {allocated} bytes for a {input.Data.Length}-byte input; the budget is {budget}.", input)
            : null;
        return new Result(refused, allocated, finding);
    }

    /// <summary>Every way the runner tries a corpus file: both limit sets, each delivery pattern.</summary>
    public static IEnumerable<FuzzInput> Variants(byte[] data)
    {
        foreach (var limits in new[] { ProtocolLimits.Default, FuzzInput.Tight })
        {
            for (var delivery = 0; delivery < 16; delivery += 5)
            {
                yield return new FuzzInput(data, limits, delivery);
            }
        }
    }
}
