using System.Runtime.ExceptionServices;

namespace MyProxy.Fuzz;

/// <summary>What one decoding produced, as text two decodings can be compared by, or the exception it raised.</summary>
internal readonly record struct Outcome(string Text, Exception? Exception)
{
    public static Outcome Of(Func<object> decode)
    {
        try
        {
            return new Outcome("ok " + decode(), null);
        }
        catch (FuzzContractException)
        {
            throw;
        }
#pragma warning disable CA1031 // The harness must see every exception to judge it against the contract.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new Outcome($"{exception.GetType().Name}: {exception.Message}", exception);
        }
    }

    /// <summary>Raises the captured exception again, with its original stack, so the runner can judge it.</summary>
    public void Rethrow()
    {
        if (Exception is not null)
        {
            ExceptionDispatchInfo.Capture(Exception).Throw();
        }
    }
}
