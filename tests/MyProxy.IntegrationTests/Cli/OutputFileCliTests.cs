using System.Diagnostics;
using System.Runtime.Versioning;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Cli;

/// <summary>
/// Where the built <c>myproxy</c> writes: a proxy, a retrieved credential and trust roots are written whole
/// (0600 for credentials) or not at all; a symbolic link, a directory or a FIFO in the way is refused with one
/// line and a non-zero exit, what the link points to is untouched, and no temporary file is left behind.
/// </summary>
[Platform(Exclude = "Win")]
[UnsupportedOSPlatform("windows")]
public sealed class OutputFileCliTests
{
    private const string Mine = "not to be overwritten";

    private static SandboxUser Alice => Sandbox.Server.Alice;

    [Test]
    public async Task Logon_Success_WritesOnlyTheProxyWithMode0600()
    {
        using var tools = new CliVersusCTools();
        var output = OutputDirectory(tools);

        var logon = await LogonAsync(tools, Path.Combine(output, "proxy.pem"));

        Assert.That(logon.ExitCode, Is.Zero, logon.Describe());
        Assert.That(Entries(output), Is.EqualTo(new[] { "proxy.pem" }));
        Assert.That(File.GetUnixFileMode(Path.Combine(output, "proxy.pem")), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public async Task Logon_OutputIsASymbolicLink_RefusedInOneLineAndWhatItPointsToUntouched()
    {
        using var tools = new CliVersusCTools();
        var output = OutputDirectory(tools);
        var target = tools.File("target.pem");
        await File.WriteAllTextAsync(target, Mine);
        var link = Path.Combine(output, "proxy.pem");
        File.CreateSymbolicLink(link, target);

        var logon = await LogonAsync(tools, link);

        AssertRefusedInOneLine(logon, $"myproxy: refusing to write {link}: it is a symbolic link; remove the link first.");
        Assert.That(await File.ReadAllTextAsync(target), Is.EqualTo(Mine));
        Assert.That(Entries(output), Is.EqualTo(new[] { "proxy.pem" }));
    }

    [Test]
    public async Task Logon_OutputIsADirectory_RefusedInOneLine()
    {
        using var tools = new CliVersusCTools();
        var output = OutputDirectory(tools);
        Directory.CreateDirectory(Path.Combine(output, "proxy.pem"));

        var logon = await LogonAsync(tools, Path.Combine(output, "proxy.pem"));

        AssertRefusedInOneLine(logon, $"myproxy: refusing to write {Path.Combine(output, "proxy.pem")}: it is a directory.");
        Assert.That(Entries(output), Is.EqualTo(new[] { "proxy.pem" }));
    }

    [Test]
    public async Task Logon_OutputIsAFifo_RefusedInOneLineWithoutBlocking()
    {
        using var tools = new CliVersusCTools();
        var output = OutputDirectory(tools);
        var fifo = Path.Combine(output, "proxy.pem");
        Run("mkfifo", fifo);

        var logon = await LogonAsync(tools, fifo);

        AssertRefusedInOneLine(logon, $"myproxy: refusing to write {fifo}: it is not a regular file.");
        Assert.That(Entries(output), Is.EqualTo(new[] { "proxy.pem" }));
    }

    [Test]
    public async Task Logon_ExistingProxy_IsReplacedWholeAndBecomesPrivate()
    {
        using var tools = new CliVersusCTools();
        var output = OutputDirectory(tools);
        var path = Path.Combine(output, "proxy.pem");
        await File.WriteAllTextAsync(path, Mine);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var logon = await LogonAsync(tools, path);

        Assert.That(logon.ExitCode, Is.Zero, logon.Describe());
        Assert.That(await File.ReadAllTextAsync(path), Does.StartWith("-----BEGIN CERTIFICATE-----"));
        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(Entries(output), Is.EqualTo(new[] { "proxy.pem" }));
    }

    [Test]
    public async Task Retrieve_KeyCannotBeWritten_LeavesNeitherFile()
    {
        using var tools = new CliVersusCTools();
        var output = OutputDirectory(tools);
        var username = await StoreAliceAsync(tools);

        var retrieve = await tools.OursAsync(["retrieve", "-S", "-l", username, "-c", Path.Combine(output, "cert.pem"), "-y", Path.Combine(output, "missing", "key.pem")], Alice.KeyPassphrase + "\n");

        AssertRefusedInOneLine(retrieve, $"myproxy: refusing to write {Path.Combine(output, "missing", "key.pem")}: its directory does not exist.");
        Assert.That(Entries(output), Is.Empty);
        await tools.OursAsync(["destroy", "-l", username]);
    }

    [Test]
    public async Task Retrieve_Success_WritesBothFilesWithMode0600AndNothingElse()
    {
        using var tools = new CliVersusCTools();
        var output = OutputDirectory(tools);
        var username = await StoreAliceAsync(tools);

        var retrieve = await tools.OursAsync(["retrieve", "-S", "-l", username, "-c", Path.Combine(output, "cert.pem"), "-y", Path.Combine(output, "key.pem")], Alice.KeyPassphrase + "\n");

        Assert.That(retrieve.ExitCode, Is.Zero, retrieve.Describe());
        Assert.That(Entries(output), Is.EqualTo(new[] { "cert.pem", "key.pem" }));
        Assert.That(Entries(output).Select(name => File.GetUnixFileMode(Path.Combine(output, name))), Is.All.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        await tools.OursAsync(["destroy", "-l", username]);
    }

    [Test]
    public async Task Retrieve_KeyPathIsADanglingSymbolicLink_RefusedAsExistingAndNothingCreatedWhereItPoints()
    {
        using var tools = new CliVersusCTools();
        var output = OutputDirectory(tools);
        var nowhere = tools.File("nowhere.pem");
        File.CreateSymbolicLink(Path.Combine(output, "key.pem"), nowhere);

        var retrieve = await tools.OursAsync(["retrieve", "-S", "-l", "nobody-stored", "-c", Path.Combine(output, "cert.pem"), "-y", Path.Combine(output, "key.pem")], Alice.KeyPassphrase + "\n");

        AssertRefusedInOneLine(retrieve, $"{Path.Combine(output, "key.pem")} exists.");
        Assert.That(File.Exists(nowhere), Is.False);
        Assert.That(Entries(output), Is.EqualTo(new[] { "key.pem" }));
    }

    [Test]
    public async Task GetTrustRoots_OneTargetIsASymbolicLink_RefusedInOneLineAndNothingInstalled()
    {
        using var tools = new CliVersusCTools();
        var certificates = OutputDirectory(tools);
        // The sandbox's trust store, with its signing policy replaced by a link to a copy (so the server is still trusted).
        foreach (var file in Directory.EnumerateFiles(Sandbox.Server.CertificateDirectory, "*.0"))
        {
            File.Copy(file, Path.Combine(certificates, Path.GetFileName(file)));
        }

        var policy = Directory.EnumerateFiles(Sandbox.Server.CertificateDirectory, "*.signing_policy").First();
        var target = tools.File("target.signing_policy");
        File.Copy(policy, target);
        File.CreateSymbolicLink(Path.Combine(certificates, Path.GetFileName(policy)), target);
        var before = Entries(certificates);
        var policyText = await File.ReadAllTextAsync(target);
        File.SetLastWriteTimeUtc(target, DateTime.UnixEpoch);
        tools.Environment["X509_CERT_DIR"] = certificates;

        var get = await tools.OursAsync(["get-trustroots"]);

        AssertRefusedInOneLine(get, $"myproxy: Cannot install trust roots in {certificates}: refusing to write {Path.Combine(certificates, Path.GetFileName(policy))}: it is a symbolic link; remove the link first.");
        Assert.That(await File.ReadAllTextAsync(target), Is.EqualTo(policyText));
        Assert.That(File.GetLastWriteTimeUtc(target), Is.EqualTo(DateTime.UnixEpoch));
        Assert.That(Entries(certificates), Is.EqualTo(before));
    }

    [Test]
    public async Task GetTrustRoots_IntoAnEmptyDirectory_LeavesNoTemporaryFile()
    {
        using var tools = new CliVersusCTools();
        var certificates = OutputDirectory(tools);
        tools.Environment["X509_CERT_DIR"] = certificates;

        var get = await tools.OursAsync(["get-trustroots", "-b"]);

        Assert.That(get.ExitCode, Is.Zero, get.Describe());
        Assert.That(Entries(certificates).Where(entry => entry.StartsWith('.')), Is.Empty);
        Assert.That(Entries(certificates), Is.SupersetOf(Directory.EnumerateFiles(Sandbox.Server.CertificateDirectory).Select(Path.GetFileName)));
    }

    private static Task<ToolResult> LogonAsync(CliVersusCTools tools, string output) =>
        tools.OursAsync(["logon", "-S", "-l", Sandbox.Server.AliceCredential.Username, "-o", output], Sandbox.Server.AliceCredential.Passphrase + "\n");

    private static async Task<string> StoreAliceAsync(CliVersusCTools tools)
    {
        var username = CliVersusCTools.NewUsername();
        var store = await tools.OursAsync(["store", "-l", username, "-c", Alice.CertificatePath, "-y", Alice.KeyPath]);
        Assert.That(store.ExitCode, Is.Zero, store.Describe());
        return username;
    }

    private static string OutputDirectory(CliVersusCTools tools) => Directory.CreateDirectory(tools.File("out")).FullName;

    private static string[] Entries(string directory) =>
        [.. Directory.EnumerateFileSystemEntries(directory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static void AssertRefusedInOneLine(ToolResult result, string line) => Assert.Multiple(() =>
    {
        Assert.That(result.ExitCode, Is.Not.Zero, result.Describe());
        Assert.That(result.StandardError, Is.EqualTo(line + "\n"), result.Describe());
    });

    private static void Run(string tool, params string[] arguments)
    {
        using var process = Process.Start(tool, arguments);
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{tool} failed");
    }
}
