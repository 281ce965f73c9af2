using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MyProxy;
using MyProxy.Client;
using MyProxy.Client.DependencyInjection;
using MyProxy.Client.Operations;
using MyProxy.Crypto;
using MyProxy.Samples.Fips;

// "--once" is accepted for symmetry with the worker sample: this program always does exactly one logon.
var builder = Host.CreateApplicationBuilder(args.Where(argument => argument != "--once").ToArray());
builder.Logging.SetMinimumLevel(LogLevel.Error);
var section = builder.Configuration.GetSection(MyProxyClientOptions.SectionName);

builder.Services.AddMyProxyClient(section).Configure<MyProxyClientOptions>(options => options.Crypto = CryptoBackend.System);

// BouncyCastle's managed TLS would load BouncyCastle; the platform's SslStream (OpenSSL) is what a FIPS host certifies.
builder.Services.Configure<MyProxyClientOptions>(options => options.Transport = MyProxyTransportKind.SslStream);
builder.Services.AddOptions<LogonOptions>().Bind(section)
    .Validate(options => !string.IsNullOrWhiteSpace(options.Username), "MyProxy:Username is not set (environment: MyProxy__Username).")
    .Validate(options => !string.IsNullOrEmpty(options.Passphrase), "MyProxy:Passphrase is not set (environment: MyProxy__Passphrase).");

using var host = builder.Build();
try
{
    var logon = host.Services.GetRequiredService<IOptions<LogonOptions>>().Value;
    var client = host.Services.GetRequiredService<MyProxyClient>();
    var crypto = host.Services.GetRequiredService<ICryptoProvider>();
    var result = await client.LogonAsync(new LogonRequest
    {
        Username = logon.Username!,
        CredentialName = logon.CredentialName,
        Passphrase = logon.Passphrase!,
    });
    using var credential = result.Credential
        ?? throw new MyProxyException("The server returned no credential; nothing was written.");
    var path = ProxyFiles.Write(credential, crypto, logon.OutputPath);
    await Console.Out.WriteLineAsync($"wrote {path}, valid until {credential.Certificate.NotAfter.ToUniversalTime():u}");
    await Console.Out.WriteLineAsync($"crypto backend: {crypto.GetType().Name}, transport: SslStream");
}
catch (Exception exception) when (exception is MyProxyException or OptionsValidationException or IOException or UnauthorizedAccessException)
{
    await Console.Error.WriteLineAsync($"error: {exception.Message.ReplaceLineEndings(" ")}");
    return 1;
}

if (BouncyCastleCheck.IsLoaded())
{
    await Console.Error.WriteLineAsync($"error: {BouncyCastleCheck.AssemblyName} was loaded; the System backend path is not BouncyCastle-free.");
    return 2;
}

await Console.Out.WriteLineAsync($"{BouncyCastleCheck.AssemblyName} was not loaded: no BouncyCastle code ran.");
return 0;
