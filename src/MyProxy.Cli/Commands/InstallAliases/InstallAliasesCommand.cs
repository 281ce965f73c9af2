using System.CommandLine;

namespace MyProxy.Cli.Commands.InstallAliases;

/// <summary><c>myproxy install-aliases DIR</c>: the C tools' names in DIR as symbolic links to this binary.</summary>
internal static class InstallAliasesCommand
{
    public static Command Create(Func<string?> binaryPath)
    {
        var directory = new Argument<string>("DIR") { Description = "Where to create myproxy-logon, myproxy-init, ... (created if missing)." };
        var force = new Option<bool>("--force", "-f") { Description = "Replace files of those names that exist." };
        var command = new Command("install-aliases", "Create the C tools' names (myproxy-logon, myproxy-init, ...) as links to this binary, so scripts run unchanged.") { directory, force };
        command.SetAction(parseResult =>
        {
            var target = binaryPath() ?? throw new MyProxyException("cannot tell where this binary is; run it by its path.");
            var folder = Directory.CreateDirectory(parseResult.GetValue(directory)!).FullName;
            foreach (var name in AliasNames.Subcommands.Keys)
            {
                var link = Path.Combine(folder, name);
                if (File.Exists(link) || Directory.Exists(link) || new FileInfo(link).LinkTarget is not null)
                {
                    if (!parseResult.GetValue(force))
                    {
                        throw new MyProxyException($"{link} exists; remove it or give --force.");
                    }

                    File.Delete(link);
                }

                File.CreateSymbolicLink(link, target);
                parseResult.InvocationConfiguration.Output.WriteLine($"{link} -> {target}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
