using System.Xml.Linq;
using MyProxy.IntegrationTests.Cli;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Packaging;

/// <summary>
/// scripts/pack.sh (without building: the tests run on what was built) gives one package per src project with
/// what NuGet users need, and the CLI package installs as a working .NET tool.
/// </summary>
public sealed class PackagesTests
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(5);

    private static readonly string[] Libraries = ["MyProxy.Protocol", "MyProxy.Crypto", "MyProxy.Transport", "MyProxy.Client"];

    private static readonly string[] AllPackages = [.. Libraries, "MyProxy.Cli"];

    private string _work = null!;
    private string _feed = null!;
    private ToolResult _pack = null!;
    private ToolResult _install = null!;

    [OneTimeSetUp]
    public async Task PackAndInstallAsync()
    {
        _work = Directory.CreateTempSubdirectory("myproxy-packages-").FullName;
        _feed = Path.Combine(_work, "feed");
        var script = Path.Combine(RepositoryRoot.OfTestAssembly(), "scripts", "pack.sh");
        _pack = await ExternalTool.RunAsync(
            "bash", [script, "--no-build", "--output", _feed], new Dictionary<string, string> { ["CONFIGURATION"] = MyProxyBinary.Configuration }, timeout: PackTimeout);
        if (_pack.ExitCode != 0)
        {
            return;
        }

        // A private package cache, so a stale MyProxy.Cli of the same version can never be installed instead.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_work, "nuget-cache") };
        _install = await ExternalTool.RunAsync(
            "dotnet", ["tool", "install", "--tool-path", ToolPath, "--add-source", _feed, "MyProxy.Cli", "--version", Version("MyProxy.Cli")], environment, timeout: PackTimeout);
    }

    [OneTimeTearDown]
    public void DeleteWork() => Directory.Delete(_work, recursive: true);

    private string ToolPath => Path.Combine(_work, "tools");

    [Test]
    public void Pack_Repository_GivesOnePackageAndOneSymbolsPackagePerSrcProjectAndNothingElse()
    {
        AssertPacked();
        var expected = AllPackages.SelectMany(id => new[] { $"{id}.{Version(id)}.nupkg", $"{id}.{Version(id)}.snupkg" });

        Assert.That(Directory.GetFiles(_feed).Select(Path.GetFileName), Is.EquivalentTo(expected));
    }

    [TestCaseSource(nameof(AllPackages))]
    public void Pack_EachPackage_ShipsItsOwnReadmeAsThePackageReadme(string id)
    {
        var package = Package(id);

        Assert.Multiple(() =>
        {
            Assert.That(package.Element("readme")?.Value, Is.EqualTo("README.md"));
            Assert.That(package.Text("README.md"), Does.StartWith($"# {id}\n"));
        });
    }

    [TestCaseSource(nameof(AllPackages))]
    public void Pack_EachPackage_DeclaresTheApacheLicenceExpression(string id)
    {
        var license = Package(id).Element("license");

        Assert.That(license?.Attribute("type")?.Value, Is.EqualTo("expression"));
        Assert.That(license?.Value, Is.EqualTo("Apache-2.0"));
    }

    [TestCaseSource(nameof(AllPackages))]
    public void Pack_EachPackage_NamesTheRepositoryAndDescribesItself(string id)
    {
        var package = Package(id);
        var repository = package.Element("repository");

        Assert.Multiple(() =>
        {
            Assert.That(repository?.Attribute("type")?.Value, Is.EqualTo("git"));
            Assert.That(repository?.Attribute("url")?.Value, Is.EqualTo(Package("MyProxy.Protocol").Element("repository")?.Attribute("url")?.Value).And.StartsWith("https://"));
            Assert.That(package.Element("description")?.Value, Is.Not.Empty);
            Assert.That(package.Element("authors")?.Value, Is.Not.Empty);
        });
    }

    [TestCaseSource(nameof(Libraries))]
    public void Pack_EachLibrary_ShipsTheXmlDocumentationOfItsPublicApi(string id)
    {
        var documentation = Package(id).Text($"lib/net10.0/{id}.xml");

        Assert.That(documentation, Is.Not.Null, "no lib/net10.0/" + id + ".xml in the package");
        var members = XDocument.Parse(documentation!).Descendants("member").Where(member => member.Element("summary") is not null);
        Assert.That(members, Is.Not.Empty);
    }

    [Test]
    public void Pack_Cli_IsADotnetToolNamedMyproxy()
    {
        var package = Package("MyProxy.Cli");
        var settings = XDocument.Parse(package.Text("tools/net10.0/any/DotnetToolSettings.xml") ?? "<none/>");

        Assert.Multiple(() =>
        {
            Assert.That(package.Element("packageTypes")?.Elements().Select(type => type.Attribute("name")?.Value), Does.Contain("DotnetTool"));
            Assert.That(settings.Descendants("Command").Select(command => command.Attribute("Name")?.Value), Is.EqualTo(new[] { "myproxy" }));
        });
    }

    [Test]
    public async Task InstallTool_FromThePackages_RunsHelp()
    {
        AssertInstalled();

        var help = await ExternalTool.RunAsync(Path.Combine(ToolPath, "myproxy"), ["--help"]);

        Assert.That(help.ExitCode, Is.Zero, help.Describe());
        Assert.That(help.StandardOutput, Does.Contain("Usage:").And.Contain("logon"));
    }

    [Test]
    public async Task InstallTool_FromThePackages_ReportsThePackageVersion()
    {
        AssertInstalled();

        var version = await ExternalTool.RunAsync(Path.Combine(ToolPath, "myproxy"), ["--version"]);

        Assert.That(version.ExitCode, Is.Zero, version.Describe());
        Assert.That(version.StandardOutput, Does.StartWith($"myproxy version {Version("MyProxy.Cli")}"));
    }

    private void AssertPacked() => Assert.That(_pack.ExitCode, Is.Zero, "scripts/pack.sh --no-build failed: " + _pack.Describe());

    private void AssertInstalled()
    {
        AssertPacked();
        Assert.That(_install.ExitCode, Is.Zero, "dotnet tool install failed: " + _install.Describe());
    }

    private PackageArchive Package(string id)
    {
        AssertPacked();
        // "MyProxy.Cli.*" must not also match MyProxy.Client: the version follows the id.
        var path = Directory.GetFiles(_feed, $"{id}.*.nupkg").Single(file => char.IsAsciiDigit(Path.GetFileName(file)[id.Length + 1]));
        return PackageArchive.Read(path);
    }

    // The version is whatever the build stamped on the package; read it rather than assume it.
    private string Version(string id) => Package(id).Element("version")!.Value;
}
