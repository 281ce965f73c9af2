using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using MyProxy.Client;
using MyProxy.Client.DependencyInjection;
using MyProxy.Client.Operations;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Samples.Delegation.Caller;

/// <summary>The caller's credentials: a proxy by logon from the MyProxy server, then local proxies made from it with <see cref="ProxyFactory"/>.</summary>
internal static class UserProxy
{
    private const string DiracGroupOid = "1.2.42.42";

    /// <summary>Logs on to the MyProxy server configured in section <c>MyProxy</c>.</summary>
    /// <exception cref="MyProxyException">The logon failed; the message carries the server's reason.</exception>
    /// <exception cref="OptionsValidationException">Username or passphrase is not configured.</exception>
    public static async Task<X509Credential> LogonAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var section = configuration.GetSection(MyProxyClientOptions.SectionName);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMyProxyClient(section);
        services.AddOptions<LogonSettings>().Bind(section)
            .Validate(settings => !string.IsNullOrWhiteSpace(settings.Username), "MyProxy:Username is not set (environment: MyProxy__Username).")
            .Validate(settings => !string.IsNullOrEmpty(settings.Passphrase), "MyProxy:Passphrase is not set (environment: MyProxy__Passphrase).");
        await using var provider = services.BuildServiceProvider();
        var settings = provider.GetRequiredService<IOptions<LogonSettings>>().Value;
        var result = await provider.GetRequiredService<MyProxyClient>().LogonAsync(
            new LogonRequest { Username = settings.Username!, CredentialName = settings.CredentialName, Passphrase = settings.Passphrase! },
            cancellationToken);
        return result.Credential ?? throw new MyProxyException("The MyProxy server returned no credential.");
    }

    /// <summary>A proxy of <paramref name="issuer"/> carrying DIRAC group <paramref name="group"/>, as <c>dirac-proxy-init -g</c> makes.</summary>
    public static X509Credential WithGroup(ProxyFactory factory, X509Credential issuer, string group)
    {
        var value = new AsnWriter(AsnEncodingRules.DER);
        value.WriteCharacterString(UniversalTagNumber.IA5String, group);
        return factory.CreateProxy(issuer, new ProxyOptions { AdditionalExtensions = [new X509Extension(DiracGroupOid, value.Encode(), critical: false)] });
    }

    /// <summary>A limited proxy of <paramref name="issuer"/> (<c>grid-proxy-init -limited</c>).</summary>
    public static X509Credential Limited(ProxyFactory factory, X509Credential issuer) =>
        factory.CreateProxy(issuer, new ProxyOptions { Policy = ProxyPolicyKind.Limited });
}
