using System.Globalization;
using System.Text.RegularExpressions;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Crypto;

/// <summary>Asks grid-proxy-info, grid-cert-diagnostics and openssl verify about a proxy file and records their answers.</summary>
internal sealed partial class VectorObserver(VectorAuthority authority, IReadOnlyDictionary<string, string> environment)
{
    private const string TrustChainLine = "Checking certificate trust chain...";

    public async Task<ProxyVector> ObserveAsync(string name, ProxyVectorOrigin origin, string recipe, string path)
    {
        var leaf = Path.ChangeExtension(path, ".leaf.pem");
        var chain = Path.ChangeExtension(path, ".chain.pem");
        PemBlocks.SplitChain(path, leaf, chain);
        var info = new GridProxyInfoReport(
            await ProxyInfoAsync(path, "-type"),
            await ProxyInfoAsync(path, "-identity"),
            await ProxyInfoAsync(path, "-subject"),
            await ProxyInfoAsync(path, "-issuer"),
            await ProxyInfoAsync(path, "-strength"),
            await ProxyInfoAsync(path, "-timeleft"));
        var expiry = await ExternalTool.RunAsync("grid-proxy-info", ["-file", path, "-e"], environment);
        return new ProxyVector(
            name, origin, recipe, path, leaf, chain, info, expiry.ExitCode == 0, await GctAsync(path), await OpenSslAsync(leaf, chain));
    }

    private async Task<string> ProxyInfoAsync(string path, string option)
    {
        var result = await ExternalTool.RunAsync("grid-proxy-info", ["-file", path, option], environment);
        return result.ExitCode == 0
            ? result.StandardOutput.Trim()
            : string.Create(CultureInfo.InvariantCulture, $"exit {result.ExitCode}: {result.StandardError.Trim()}");
    }

    // grid-cert-diagnostics exits 0 whatever it finds; its verdict is the trust-chain line and the indented reasons under it.
    private async Task<ToolVerdict> GctAsync(string path)
    {
        var result = await ExternalTool.RunAsync("grid-cert-diagnostics", ["-c", path], environment);
        var lines = result.StandardOutput.Split('\n');
        var index = Array.FindIndex(lines, line => line.StartsWith(TrustChainLine, StringComparison.Ordinal));
        if (index < 0)
        {
            return new ToolVerdict(false, "no trust-chain check: " + result.Describe());
        }

        var status = lines[index][TrustChainLine.Length..].Trim();
        var reasons = lines.Skip(index + 1).TakeWhile(line => line.StartsWith(' ')).Select(line => line.Trim()).ToList();
        return new ToolVerdict(status == "ok", reasons.Count > 0 ? reasons[^1] : status);
    }

    private async Task<ToolVerdict> OpenSslAsync(string leaf, string chain)
    {
        var result = await ExternalTool.RunAsync(
            "openssl", ["verify", "-allow_proxy_certs", "-CApath", authority.TrustDirectory, "-untrusted", chain, leaf]);
        if (result.ExitCode == 0)
        {
            return new ToolVerdict(true, result.StandardOutput.Trim());
        }

        var error = VerifyError().Match(result.StandardError + result.StandardOutput);
        return error.Success
            ? new ToolVerdict(false, error.Value.Trim(), int.Parse(error.Groups["number"].Value, CultureInfo.InvariantCulture))
            : new ToolVerdict(false, result.Describe());
    }

    [GeneratedRegex(@"error (?<number>\d+) at \d+ depth lookup: [^\n]*")]
    private static partial Regex VerifyError();
}
