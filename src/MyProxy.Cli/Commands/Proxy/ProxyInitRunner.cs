using System.Globalization;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Cli.Commands.Proxy;

/// <summary>
/// Does what <c>myproxy proxy init</c> asks, printing what grid-proxy-init prints. The pass phrase lives in a
/// <see cref="char"/> array that is cleared as soon as the key is decrypted; on any failure no file is written
/// (the write is atomic) and an existing proxy is left as it was.
/// </summary>
internal sealed class ProxyInitRunner
{
    /// <summary>grid-proxy-init's prompt, word for word.</summary>
    public const string PassphrasePrompt = "Enter GRID pass phrase for this identity:";

    private readonly CliEnvironment _environment;
    private readonly TextWriter _output;
    private readonly ProxyInitRequest _request;

    public ProxyInitRunner(CliEnvironment environment, TextWriter output, ProxyInitRequest request)
    {
        _environment = environment;
        _output = output;
        _request = request;
    }

    public int Run()
    {
        var request = _request;
        var certificatePath = request.CertificatePath ?? ProxyFileLocation.UserCertificatePath(_environment.Variables);
        var keyPath = request.KeyPath ?? ProxyFileLocation.UserKeyPath(_environment.Variables);
        var outputPath = request.OutputPath ?? ProxyFileLocation.DefaultProxyPath(_environment.Variables);
        RequireFile(certificatePath, "certificate", request.CertificateOption);
        RequireFile(keyPath, "private key", request.KeyOption);
        Say($"Your identity: {UserIdentity.Read(certificatePath, _environment.Time.GetUtcNow())}");

        using var issuer = ReadIssuer(request, certificatePath, keyPath);
        if (!request.Quiet)
        {
            _output.Write("Creating proxy ");
        }

        using var proxy = CreateAndWrite(issuer, outputPath);
        if (!request.Quiet)
        {
            _output.WriteLine(".... Done");
        }

        Say($"Your proxy is valid until: {Ctime(proxy.Certificate.NotAfter.ToUniversalTime())}");
        return ExitCodes.Success;
    }

    private X509Credential CreateAndWrite(X509Credential issuer, string outputPath)
    {
        try
        {
            var proxy = new ProxyFactory(_request.Crypto, _environment.Time).CreateProxy(issuer, _request.Proxy);
            try
            {
                CredentialFile.WriteProxy(outputPath, proxy, _request.Crypto);
                return proxy;
            }
            catch
            {
                proxy.Dispose();
                throw;
            }
        }
        catch when (!_request.Quiet)
        {
            // End the "Creating proxy " line so the error starts on a line of its own.
            _output.WriteLine();
            throw;
        }
    }

    private X509Credential ReadIssuer(ProxyInitRequest request, string certificatePath, string keyPath)
    {
        var passphrase = !KeyFileHeader.IsEncrypted(keyPath) ? []
            : request.PassphraseFromStandardInput ? _environment.Passphrases.ReadFromStandardInput()
            : _environment.Passphrases.Prompt(PassphrasePrompt);
        try
        {
            return CredentialFile.ReadCertificateAndKey(certificatePath, keyPath, request.Crypto, passphrase);
        }
        finally
        {
            Array.Clear(passphrase);
        }
    }

    private void Say(string line)
    {
        if (!_request.Quiet)
        {
            _output.WriteLine(line);
        }
    }

    // ctime(3) in local time, as grid-proxy-init prints the end of validity: "Wed Dec  2 16:57:05 2026".
    private string Ctime(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _environment.Time.LocalTimeZone);
        return string.Create(CultureInfo.InvariantCulture, $"{local:ddd MMM} {local.Day,2} {local:HH:mm:ss yyyy}");
    }

    private static void RequireFile(string path, string what, string option)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new MyProxyException($"cannot read the {what} {path}: no such file; use {option}.");
        }
    }
}
