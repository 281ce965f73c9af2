using MyProxy.Cli;

return await MyProxyCommandLine.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
