namespace MyProxy.Crypto.Tests.ValidationPki;

/// <summary>A clock pinned at one instant, so validity tests never depend on the real date.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
