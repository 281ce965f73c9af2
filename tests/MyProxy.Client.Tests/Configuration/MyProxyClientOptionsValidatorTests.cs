using MyProxy.Client.Configuration;

namespace MyProxy.Client.Tests.Configuration;

public sealed class MyProxyClientOptionsValidatorTests
{
    private static MyProxyClientOptions Valid() => new() { Host = "myproxy.example.org" };

    private static IEnumerable<string> Failures(MyProxyClientOptions options) =>
        new MyProxyClientOptionsValidator().Validate(null, options).Failures ?? [];

    [Test]
    public void Validate_Defaults_WithAHost_Succeed() =>
        Assert.That(new MyProxyClientOptionsValidator().Validate(null, Valid()).Succeeded, Is.True);

    [Test]
    public void Validate_NoHost_SaysToSetHostOrMyProxyServer() =>
        Assert.That(Failures(new MyProxyClientOptions()), Has.One.Contains("MYPROXY_SERVER"));

    [Test]
    public void Validate_HostListWithBadPort_NamesTheEntry() =>
        Assert.That(Failures(new MyProxyClientOptions { Host = "a.example.org,b.example.org:99999" }), Has.One.Contains("b.example.org:99999"));

    [Test]
    public void Validate_HostList_Succeeds() =>
        Assert.That(Failures(new MyProxyClientOptions { Host = "a.example.org:7512,b.example.org" }), Is.Empty);

    [TestCase(0)]
    [TestCase(70000)]
    public void Validate_PortOutOfRange_Fails(int port) =>
        Assert.That(Failures(new MyProxyClientOptions { Host = "h", Port = port }), Has.One.Contains("Port"));

    [TestCase(0)]
    [TestCase(9)]
    public void Validate_ParallelKeyGenerationsOutOfRange_Fails(int generations) =>
        Assert.That(Failures(new MyProxyClientOptions { Host = "h", ParallelKeyGenerations = generations }), Has.One.Contains("ParallelKeyGenerations"));

    [TestCase(1)]
    [TestCase(8)]
    public void Validate_ParallelKeyGenerationsInRange_Succeeds(int generations) =>
        Assert.That(Failures(new MyProxyClientOptions { Host = "h", ParallelKeyGenerations = generations }), Is.Empty);

    [Test]
    public void Validate_ZeroTimeout_Fails() =>
        Assert.That(Failures(new MyProxyClientOptions { Host = "h", Timeout = TimeSpan.Zero }), Has.One.Contains("Timeout"));

    [Test]
    public void Validate_NegativeProxyLifetime_Fails() =>
        Assert.That(Failures(new MyProxyClientOptions { Host = "h", ProxyLifetime = TimeSpan.FromHours(-1) }), Has.One.Contains("ProxyLifetime"));

    [TestCase(MyProxyKeyType.Rsa, 1000)]
    [TestCase(MyProxyKeyType.Rsa, 16384)]
    [TestCase(MyProxyKeyType.EC, 521)]
    public void Validate_UnusableKeySize_Fails(MyProxyKeyType type, int size) =>
        Assert.That(Failures(new MyProxyClientOptions { Host = "h", KeyType = type, KeySize = size }), Has.One.Contains("KeySize"));

    [TestCase(MyProxyKeyType.Rsa, 4096)]
    [TestCase(MyProxyKeyType.EC, 256)]
    [TestCase(MyProxyKeyType.EC, 384)]
    [TestCase(MyProxyKeyType.EC, 2048)]
    public void Validate_UsableKey_Succeeds(MyProxyKeyType type, int size) =>
        Assert.That(Failures(new MyProxyClientOptions { Host = "h", KeyType = type, KeySize = size }), Is.Empty);

    [Test]
    public void Validate_UndefinedTransport_Fails() =>
        Assert.That(Failures(new MyProxyClientOptions { Host = "h", Transport = (MyProxyTransportKind)42 }), Has.One.Contains("Transport"));

    [TestCase(-1)]
    [TestCase(MyProxyKeyPoolOptions.MaximumSize + 1)]
    public void Validate_KeyPoolSizeOutOfRange_Fails(int size) =>
        Assert.That(Failures(new MyProxyClientOptions { Host = "h", KeyPool = new MyProxyKeyPoolOptions { Size = size } }), Has.One.Contains("KeyPool:Size"));

    [TestCase(0)]
    [TestCase(MyProxyKeyPoolOptions.MaximumRefillConcurrency + 1)]
    public void Validate_KeyPoolRefillConcurrencyOutOfRange_Fails(int concurrency) =>
        Assert.That(
            Failures(new MyProxyClientOptions { Host = "h", KeyPool = new MyProxyKeyPoolOptions { Size = 4, RefillConcurrency = concurrency } }),
            Has.One.Contains("KeyPool:RefillConcurrency"));

    [Test]
    public void Validate_NullKeyPool_Fails() =>
        Assert.That(Failures(new MyProxyClientOptions { Host = "h", KeyPool = null! }), Has.One.Contains("KeyPool"));

    [Test]
    public void Validate_KeyPoolOfSixteen_Succeeds() =>
        Assert.That(Failures(new MyProxyClientOptions { Host = "h", KeyPool = new MyProxyKeyPoolOptions { Size = 16, RefillConcurrency = 2 } }), Is.Empty);
}
