using Microsoft.Extensions.Options;
using MyProxy.Crypto.Tests.Support;
using MyProxy.Samples.WorkerHost;

namespace MyProxy.IntegrationTests.Samples;

/// <summary>The worker sample's schedule on a fixed clock: no server, no waiting.</summary>
public sealed class RefreshScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static RefreshSchedule Schedule(ProxyFileOptions? options = null) =>
        new(Options.Create(options ?? new ProxyFileOptions()), new FixedTime(Now));

    private static RefreshedProxy TwelveHourProxy(DateTimeOffset notBefore) => new("/tmp/x", notBefore, notBefore.AddHours(12));

    [Test]
    public void DelayAfterSuccess_FreshProxy_WaitsUntilAQuarterOfTheLifetimeRemains()
    {
        Assert.That(Schedule().DelayAfterSuccess(TwelveHourProxy(Now)), Is.EqualTo(TimeSpan.FromHours(9)));
    }

    [Test]
    public void DelayAfterSuccess_RefreshBeforeSet_WaitsUntilThatMuchRemains()
    {
        var schedule = Schedule(new ProxyFileOptions { RefreshBefore = TimeSpan.FromHours(1) });

        Assert.That(schedule.DelayAfterSuccess(TwelveHourProxy(Now)), Is.EqualTo(TimeSpan.FromHours(11)));
    }

    [Test]
    public void DelayAfterSuccess_ProxyAlreadyInsideTheMargin_WaitsTheRetryDelayRatherThanSpinning()
    {
        var proxy = TwelveHourProxy(Now.AddHours(-11));

        Assert.That(Schedule().DelayAfterSuccess(proxy), Is.EqualTo(TimeSpan.FromSeconds(30)));
    }

    [TestCase(1, 30)]
    [TestCase(2, 60)]
    [TestCase(5, 480)]
    [TestCase(6, 600)]
    [TestCase(40, 600)]
    public void DelayAfterFailure_FailuresInARow_DoublesFromTheRetryDelayUpToTheCap(int failures, int seconds)
    {
        Assert.That(Schedule().DelayAfterFailure(failures), Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }

    [Test]
    public void Validate_FractionOutOfRange_NamesTheSetting()
    {
        var result = new ProxyFileOptionsValidator().Validate(null, new ProxyFileOptions { Username = "alice", Passphrase = "secret-pass", RefreshFraction = 1.5 });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("MyProxy:RefreshFraction"));
    }
}
