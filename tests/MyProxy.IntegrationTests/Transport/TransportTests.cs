using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Validation;
using MyProxy.Protocol.Requests;
using MyProxy.Transport;
using MyProxy.Transport.Identity;
using MyProxy.Transport.Tls;
using MyProxy.Transport.Trust;

namespace MyProxy.IntegrationTests.Transport;

/// <summary>Both transports against the real sandbox server: what works, and what must be refused and how.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.All))]
public sealed class TransportTests(IMyProxyTransport transport)
{
    [Test]
    public async Task GetTrustRoots_Anonymous_ReturnsTheSandboxCA()
    {
        using var ca = Sandbox.Server.LoadCACertificate();
        await using var connection = await transport.ConnectAsync(TransportSandbox.Endpoint, TransportSandbox.Options(), CancellationToken.None);

        var response = await TransportSandbox.ExchangeAsync(connection, MyProxyRequest.GetTrustRoots());

        response.ThrowIfError();
        var certificates = response.TrustRoots!.Where(file => file.FileName.EndsWith(".0", StringComparison.Ordinal))
            .Select(file => X509Certificate2.CreateFromPem(System.Text.Encoding.ASCII.GetString(file.Contents.Span)).RawData);
        Assert.That(certificates, Has.Some.EqualTo(ca.RawData));
    }

    [Test]
    public async Task Connect_Sandbox_NegotiatesTls13()
    {
        await using var connection = await transport.ConnectAsync(TransportSandbox.Endpoint, TransportSandbox.Options(), CancellationToken.None);

        Assert.That(connection.Protocol, Is.EqualTo(SslProtocols.Tls13));
    }

    [Test]
    public async Task ReadResponse_Tls13_SkipsExactlyOneLeadingNul()
    {
        await using var connection = await transport.ConnectAsync(TransportSandbox.Endpoint, TransportSandbox.Options(), CancellationToken.None);

        await TransportSandbox.ExchangeAsync(connection, MyProxyRequest.GetTrustRoots());

        Assert.That(((MyProxy.Transport.Net.TlsConnection)connection).LeadingNulCount, Is.EqualTo(1));
    }

    [Test]
    public async Task Connect_Sandbox_NamesTheNegotiatedCipherSuite()
    {
        await using var connection = await transport.ConnectAsync(TransportSandbox.Endpoint, TransportSandbox.Options(), CancellationToken.None);

        Assert.That(connection.CipherSuite.ToString(), Does.StartWith("TLS_"));
    }

    [Test]
    public async Task Connect_WithLocalPortRange_BindsInsideIt()
    {
        var range = new MyProxy.Transport.Net.TcpPortRange(41000, 41999);
        var options = TransportSandbox.Options() with { LocalPortRange = range };

        using var socket = await MyProxy.Transport.Net.TcpConnector.ConnectAsync(TransportSandbox.Endpoint, options, CancellationToken.None);

        Assert.That(((System.Net.IPEndPoint)socket.LocalEndPoint!).Port, Is.InRange(range.Minimum, range.Maximum));
    }

    [Test]
    public async Task Connect_Sandbox_ExposesTheServerChainLeafFirst()
    {
        await using var connection = await transport.ConnectAsync(TransportSandbox.Endpoint, TransportSandbox.Options(), CancellationToken.None);

        Assert.That(DistinguishedNames.Slash(connection.ServerCertificates[0]), Is.EqualTo(Sandbox.Server.ServerSubject));
    }

    [Test]
    public async Task Info_WithAliceProxy_ListsAliceCredential()
    {
        Assume.That(transport is not SslStreamTransport || !OperatingSystem.IsLinux(), "SslStream on Linux cannot present a proxy (SslStreamProxyTests)");
        using var alice = TransportSandbox.AliceProxy();
        await using var connection = await transport.ConnectAsync(TransportSandbox.Endpoint, TransportSandbox.Options(alice), CancellationToken.None);

        var response = await TransportSandbox.ExchangeAsync(connection, MyProxyRequest.Info(Sandbox.Server.AliceCredential.Username));

        response.ThrowIfError();
        Assert.That(response.Credentials.Select(credential => credential.Owner), Has.Some.EqualTo(Sandbox.Server.Alice.Subject));
    }

    [Test]
    public async Task Info_WithAliceCertificate_ListsAliceCredential()
    {
        using var alice = TransportSandbox.AliceCertificate();
        await using var connection = await transport.ConnectAsync(TransportSandbox.Endpoint, TransportSandbox.Options(alice), CancellationToken.None);

        var response = await TransportSandbox.ExchangeAsync(connection, MyProxyRequest.Info(Sandbox.Server.AliceCredential.Username));

        response.ThrowIfError();
        Assert.That(response.Credentials, Is.Not.Empty);
    }

    [Test]
    public async Task Connect_WrongPinnedDN_RefusesNamingThePresentedDN()
    {
        var options = TransportSandbox.Options() with { ServerIdentity = ServerIdentityPolicy.Pinned("/DC=org/DC=example/CN=host/otherhost") };

        var exception = await Assert.ThrowsAsync<MyProxyServerIdentityException>(() => transport.ConnectAsync(TransportSandbox.Endpoint, options, CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain($"presented {Sandbox.Server.ServerSubject}").And.Contain($"MYPROXY_SERVER_DN=\"{Sandbox.Server.ServerSubject}\""));
    }

    [Test]
    public async Task Connect_PinnedDNInRfc2253Form_Connects()
    {
        var options = TransportSandbox.Options() with { ServerIdentity = ServerIdentityPolicy.Pinned("CN=host/localhost,DC=example,DC=org") };

        await using var connection = await transport.ConnectAsync(TransportSandbox.Endpoint, options, CancellationToken.None);

        Assert.That(connection.ServerCertificates, Is.Not.Empty);
    }

    [Test]
    public async Task Connect_UntrustedCA_RefusesWithTheValidatorsReason()
    {
        using var stranger = TestCertificates.SelfSignedCA("CN=Stranger CA");
        var options = TransportSandbox.TrustingOnly(stranger);

        var exception = await Assert.ThrowsAsync<MyProxyValidationException>(() => transport.ConnectAsync(TransportSandbox.Endpoint, options, CancellationToken.None));

        Assert.That(exception!.Failures.Select(failure => failure.Rule), Is.EqualTo(new[] { ChainValidationRule.UntrustedIssuer }), exception.Message);
        Assert.That(exception.Message, Is.EqualTo(
            $"the MyProxy server {TransportSandbox.Endpoint} presented a certificate from a CA that is not trusted: certificate 1 ({Sandbox.Server.CASubject}): issuer {Sandbox.Server.CASubject} is not a trusted CA in the configured trusted CAs; if you want to trust that CA, re-run with -b (myproxy get-trustroots -b)"));
    }

    [Test]
    public async Task Connect_EmptyTrustDirectory_RefusesNamingTheDirectoryAndTheBootstrapOption()
    {
        var empty = Directory.CreateTempSubdirectory("myproxy-empty-trust-").FullName;
        try
        {
            var options = TransportSandbox.Options() with { ServerChainValidator = ServerChainValidation.FromDirectory(empty, TransportSandbox.Crypto) };

            var exception = await Assert.ThrowsAsync<MyProxyValidationException>(() => transport.ConnectAsync(TransportSandbox.Endpoint, options, CancellationToken.None));

            Assert.That(exception!.Message, Does.Contain($"trust directory {empty} holds no CA certificate").And.Contain("re-run with -b"));
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Test]
    public async Task Connect_ByAnAddressTheCertificateDoesNotName_RefusesTheIdentity()
    {
        var endpoint = new MyProxyEndpoint(Sandbox.Server.Address, Sandbox.Server.Port);

        var exception = await Assert.ThrowsAsync<MyProxyServerIdentityException>(() => transport.ConnectAsync(endpoint, TransportSandbox.Options(), CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain($"which is not a certificate for {Sandbox.Server.Address}"));
    }

    [Test]
    public async Task Connect_ExpiredServerCertificate_RefusesAsExpired()
    {
        var certificate = TestCertificates.IssueHostCertificate(TestCertificates.HostSubject("localhost"), DateTimeOffset.UtcNow.AddDays(-10), DateTimeOffset.UtcNow.AddDays(-1));
        await using var listener = TestListener.SilentTls(certificate);

        var exception = await Assert.ThrowsAsync<MyProxyValidationException>(() => transport.ConnectAsync(listener.Endpoint(), TransportSandbox.Options(), CancellationToken.None));

        Assert.That(exception!.Failures.Select(failure => failure.Rule), Is.EqualTo(new[] { ChainValidationRule.CertificateExpired }), exception.Message);
        Assert.That(exception.Message, Does.StartWith($"the MyProxy server {listener.Endpoint()} presented a certificate that is not valid: certificate 0 (/DC=org/DC=example/CN=host/localhost)"));
    }

    [Test]
    public async Task Connect_NotYetValidServerCertificate_RefusesAsNotYetValid()
    {
        var certificate = TestCertificates.IssueHostCertificate(TestCertificates.HostSubject("localhost"), DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(10));
        await using var listener = TestListener.SilentTls(certificate);

        var exception = await Assert.ThrowsAsync<MyProxyValidationException>(() => transport.ConnectAsync(listener.Endpoint(), TransportSandbox.Options(), CancellationToken.None));

        Assert.That(exception!.Failures.Select(failure => failure.Rule), Is.EqualTo(new[] { ChainValidationRule.CertificateNotYetValid }), exception.Message);
        Assert.That(exception.Message, Does.StartWith($"the MyProxy server {listener.Endpoint()} presented a certificate that is not valid: certificate 0 (/DC=org/DC=example/CN=host/localhost)"));
    }

    [Test]
    public async Task Connect_CertificateForAnotherHost_RefusesTheIdentity()
    {
        var certificate = TestCertificates.IssueHostCertificate(TestCertificates.HostSubject("otherhost"), DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        await using var listener = TestListener.SilentTls(certificate);

        var exception = await Assert.ThrowsAsync<MyProxyServerIdentityException>(() => transport.ConnectAsync(listener.Endpoint(), TransportSandbox.Options(), CancellationToken.None));

        Assert.That(exception!.Message, Is.EqualTo(
            "the server localhost presented /DC=org/DC=example/CN=host/otherhost, which is not a certificate for localhost; if you trust it, set MYPROXY_SERVER_DN=\"/DC=org/DC=example/CN=host/otherhost\""));
    }

    [Test]
    public async Task Read_SilentTlsServer_TimesOut()
    {
        var certificate = TestCertificates.IssueHostCertificate(TestCertificates.HostSubject("localhost"), DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        await using var listener = TestListener.SilentTls(certificate);
        var options = TransportSandbox.Options() with { ReadTimeout = TimeSpan.FromSeconds(1) };
        await using var connection = await transport.ConnectAsync(listener.Endpoint(), options, CancellationToken.None);

        var exception = await Assert.ThrowsAsync<MyProxyTimeoutException>(() => connection.ReadAsync(new byte[16], CancellationToken.None));

        Assert.That(exception!.Message, Does.StartWith($"the MyProxy server {listener.Endpoint()} sent nothing for 1 s"));
    }

    [Test]
    public async Task Connect_Tls12OnlyServer_NegotiatesTls12()
    {
        var certificate = TestCertificates.IssueHostCertificate(TestCertificates.HostSubject("localhost"), DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        await using var listener = TestListener.SilentTls(certificate, SslProtocols.Tls12);

        await using var connection = await transport.ConnectAsync(listener.Endpoint(), TransportSandbox.Options(), CancellationToken.None);

        Assert.That(connection.Protocol, Is.EqualTo(SslProtocols.Tls12));
    }

    [Test]
    public async Task Connect_Tls12WithAliceCertificate_PresentsIt()
    {
        var certificate = TestCertificates.IssueHostCertificate(TestCertificates.HostSubject("localhost"), DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        await using var listener = TestListener.SilentTls(certificate, SslProtocols.Tls12);
        using var alice = TransportSandbox.AliceCertificate();

        await using var connection = await transport.ConnectAsync(listener.Endpoint(), TransportSandbox.Options(alice), CancellationToken.None);

        var sent = await listener.ClientChain.Task.WaitAsync(TransportSandbox.Timeout);
        Assert.That(sent[0], Is.EqualTo(alice.Certificate.RawData));
    }

    [Test]
    public async Task Connect_ServerThatNeverStartsTls_TimesOut()
    {
        await using var listener = TestListener.SilentTcp();
        var options = TransportSandbox.Options() with { ConnectTimeout = TimeSpan.FromSeconds(1) };

        var exception = await Assert.ThrowsAsync<MyProxyTimeoutException>(() => transport.ConnectAsync(listener.Endpoint(), options, CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("did not complete the TLS handshake within 1 s"));
    }

    [Test]
    public async Task Connect_Cancelled_ThrowsOperationCanceled()
    {
        await using var listener = TestListener.SilentTcp();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.CatchAsync<OperationCanceledException>(() => transport.ConnectAsync(listener.Endpoint(), TransportSandbox.Options(), cancellation.Token));
    }

    [Test]
    public async Task ConnectAny_FirstServerRefuses_UsesTheNext()
    {
        var closed = ClosedPort();
        var endpoints = new[] { new MyProxyEndpoint(Sandbox.Server.Host, closed), TransportSandbox.Endpoint };

        await using var connection = await new FailoverConnector(transport).ConnectAsync(endpoints, TransportSandbox.Options(), CancellationToken.None);

        Assert.That(connection.Endpoint, Is.EqualTo(TransportSandbox.Endpoint));
    }

    [Test]
    public async Task ConnectAny_EveryServerRefuses_ReportsEachFailure()
    {
        var endpoints = new[] { new MyProxyEndpoint("127.0.0.1", ClosedPort()), new MyProxyEndpoint("127.0.0.1", ClosedPort()) };

        var exception = await Assert.ThrowsAsync<MyProxyConnectException>(() => new FailoverConnector(transport).ConnectAsync(endpoints, TransportSandbox.Options(), CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain(endpoints[0].ToString()).And.Contain(endpoints[1].ToString()));
    }

    // A port that was free a moment ago and has no listener now.
    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
