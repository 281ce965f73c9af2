using MyProxy.Cli;
using MyProxy.Cli.Commands.InstallAliases;

// Started as myproxy-logon (an install-aliases link), run "myproxy logon".
var arguments = AliasNames.Dispatch(AliasNames.ProgramName(), args);
return await MyProxyCommandLine.RunAsync(arguments, Console.Out, Console.Error).ConfigureAwait(false);
