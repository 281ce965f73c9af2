using MyProxy.Fuzz;

namespace MyProxy.Protocol.Tests.Fuzzing;

/// <summary>The harness's judgement: the replay tests mean something only if these hold.</summary>
public class FuzzExecutionTests
{
    private static readonly FuzzInput Input = new([1, 2, 3], ProtocolLimits.Default, 0);

    [Test]
    public void Run_AllowedException_IsARefusalNotAFinding()
    {
        var target = Target(_ => throw new MyProxyProtocolException("refused"));

        var result = FuzzExecution.Run(target, Input);

        Assert.That((result.Refused, result.Finding), Is.EqualTo((true, (Finding?)null)));
    }

    [Test]
    public void Run_OtherException_IsAnExceptionFinding()
    {
        var target = Target(_ => throw new InvalidOperationException("bug"));

        Assert.That(FuzzExecution.Run(target, Input).Finding?.Kind, Is.EqualTo("exception"));
    }

    [Test]
    public void Run_AllocationOverBudget_IsAnAllocationFinding()
    {
        var target = Target(_ => GC.KeepAlive(new byte[1024 * 1024])) with { AllocationBase = 1024 };

        Assert.That(FuzzExecution.Run(target, Input).Finding?.Kind, Is.EqualTo("allocation"));
    }

    [Test]
    public void Run_NoProgress_IsAContractFinding()
    {
        var target = Target(input => Delivery.Run(input.Data, input.Delivery, (ref System.Buffers.ReadOnlySequence<byte> _, bool _) => true));

        Assert.That(FuzzExecution.Run(target, Input).Finding?.Kind, Is.EqualTo("contract"));
    }

    private static FuzzTarget Target(Action<FuzzInput> execute) => new()
    {
        Name = "test",
        Description = "test",
        Execute = execute,
        AllowedException = typeof(MyProxyProtocolException),
    };
}
