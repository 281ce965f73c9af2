using MyProxy.Cli.Commands.Proxy;

namespace MyProxy.Cli.Tests.Commands.Proxy;

public sealed class ValidityPeriodTests
{
    [TestCase("12:00", 720)]
    [TestCase("0:30", 30)]
    [TestCase("100:59", 6059)]
    public void TryParse_HoursAndMinutes_GivesTheDuration(string text, int minutes)
    {
        Assert.That(ValidityPeriod.TryParse(text, out var period), Is.True);
        Assert.That(period, Is.EqualTo(TimeSpan.FromMinutes(minutes)));
    }

    [TestCase("12")]
    [TestCase("1:60")]
    [TestCase(":30")]
    [TestCase("-1:00")]
    [TestCase("a:b")]
    [TestCase("1:2:3")]
    public void TryParse_Malformed_IsRefused(string text)
    {
        Assert.That(ValidityPeriod.TryParse(text, out _), Is.False);
    }
}
