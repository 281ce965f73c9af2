using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using MyProxy.Crypto;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Validation;
using MyProxy.Samples.Delegation.Tls;

namespace MyProxy.Samples.Delegation.Service;

/// <summary>The delegation service as an ASP.NET application: Kestrel on loopback with BouncyCastle TLS, proxy authentication, the "submit" policy.</summary>
internal static class DelegationService
{
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Builds the application (not started); the caller disposes it. Stopping it disposes the host credential.</summary>
    /// <exception cref="MyProxyException">A setting is missing or a file cannot be read.</exception>
    public static WebApplication Build(IConfiguration configuration, LogLevel logLevel)
    {
        var options = configuration.GetSection(DelegationServiceOptions.SectionName).Get<DelegationServiceOptions>() ?? new DelegationServiceOptions();
        var crypto = CryptoProviders.For(CryptoBackend.System);
        var host = CredentialFile.ReadCertificateAndKey(
            Required(options.HostCert, "HostCert"), Required(options.HostKey, "HostKey"), crypto, ReadOnlySpan<char>.Empty);
        var trust = CertificateAuthorityDirectory.Load(Required(options.CACertDir, "CACertDir"));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(logLevel);
        // ASP.NET's own request chatter and the unused data-protection key ring would drown the sample's messages.
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port, listen =>
        {
            // No ALPN through our TLS, so HTTP/1.1 only.
            listen.Protocols = HttpProtocols.Http1;
            listen.Use(next => new BouncyCastleTlsMiddleware(next, host, HandshakeTimeout).OnConnectionAsync);
        }));

        builder.Services.AddSingleton(crypto);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        var validator = new ProxyChainValidator(crypto, trust);
        builder.Services.AddSingleton(validator);
        builder.Services.AddSingleton<ICertificateChainValidator>(validator);
        builder.Services.AddSingleton<DelegationStore>();
        builder.Services.AddSingleton<DelegationLog>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ExplainingAuthorizationResultHandler>();
        builder.Services.AddAuthentication(ProxyCertificateAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ProxyCertificateAuthenticationHandler>(ProxyCertificateAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(FullProxyRequirement.SubmitPolicy, policy => policy.RequireAuthenticatedUser().AddRequirements(new FullProxyRequirement()));

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(host.Dispose);
        app.UseAuthentication();
        app.UseAuthorization();
        DelegationEndpoints.Map(app);
        return app;
    }

    /// <summary>The port Kestrel listens on, once started (the configured one, or the one the system chose for 0).</summary>
    public static int ListeningPort(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address).Port;
    }

    private static string Required(string? value, string key) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new MyProxyException($"{DelegationServiceOptions.SectionName}:{key} is not set (environment: {DelegationServiceOptions.SectionName}__{key}).")
            : value;
}
