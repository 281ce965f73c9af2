using System.CommandLine;
using MyProxy.Cli.Commands.Network;
using MyProxy.Client;
using MyProxy.Crypto;

namespace MyProxy.Cli.Tests.Commands.Network;

public sealed class NetworkOptionsTests
{
    [Test]
    public void Apply_OurAdditions_SetTheClientOptions()
    {
        var (options, parse) = Parse("-s host.example -p 7000 --timeout 5 --transport bouncycastle --crypto bouncycastle --key-type ec --bits 384");
        var client = new MyProxyClientOptions();

        options.Apply(parse, client);

        Assert.Multiple(() =>
        {
            Assert.That(client.Host, Is.EqualTo("host.example"));
            Assert.That(client.Port, Is.EqualTo(7000));
            Assert.That(client.Timeout, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(client.Transport, Is.EqualTo(MyProxyTransportKind.BouncyCastle));
            Assert.That(client.Crypto, Is.EqualTo(CryptoBackend.BouncyCastle));
            Assert.That(client.KeyType, Is.EqualTo(MyProxyKeyType.EC));
            Assert.That(client.KeySize, Is.EqualTo(384));
        });
    }

    [Test]
    public void Apply_NothingGiven_KeepsTheEnvironmentsValues()
    {
        var (options, parse) = Parse(string.Empty);
        var client = new MyProxyClientOptions { Host = "from-env", Port = 7513, KeySize = 4096 };

        options.Apply(parse, client);

        Assert.Multiple(() =>
        {
            Assert.That(client.Host, Is.EqualTo("from-env"));
            Assert.That(client.Port, Is.EqualTo(7513));
            Assert.That(client.KeySize, Is.EqualTo(4096));
        });
    }

    [Test]
    public void Apply_NoTransportGiven_ChoosesBouncyCastle()
    {
        var (options, parse) = Parse(string.Empty);
        var client = new MyProxyClientOptions();

        options.Apply(parse, client);

        Assert.That(client.Transport, Is.EqualTo(MyProxyTransportKind.BouncyCastle));
    }

    [Test]
    public void Apply_TransportAuto_KeepsAuto()
    {
        var (options, parse) = Parse("--transport auto");
        var client = new MyProxyClientOptions();

        options.Apply(parse, client);

        Assert.That(client.Transport, Is.EqualTo(MyProxyTransportKind.Auto));
    }

    [Test]
    public void Apply_AnyCommandLine_RacesAtMostTwoKeyGenerations()
    {
        var (options, parse) = Parse(string.Empty);
        var client = new MyProxyClientOptions();

        options.Apply(parse, client);

        Assert.That(client.ParallelKeyGenerations, Is.EqualTo(Math.Min(2, Environment.ProcessorCount)));
    }

    private static (NetworkOptions Options, ParseResult Parse) Parse(string line)
    {
        var options = new NetworkOptions();
        var command = new RootCommand();
        options.AddTo(command);
        return (options, command.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }
}
