namespace MyProxy.Cli.Commands.Network;

/// <summary>
/// <c>GT_PROXY_MODE</c> as the C tools read it: <c>old</c> asks for legacy (GSI-2) proxies, <c>rfc</c> or nothing
/// for RFC 3820 ones. myproxy-init treats any other value as <c>rfc</c>; myproxy-logon refuses it.
/// grid-proxy-init does not read the variable, so <c>myproxy proxy init</c> does not either.
/// </summary>
internal static class GlobusProxyMode
{
    public const string Variable = "GT_PROXY_MODE";

    /// <summary>myproxy-init's rule: only <c>old</c> means legacy.</summary>
    public static bool LegacyForInit(CliEnvironment environment) => environment.Variables(Variable) == "old";

    /// <summary>myproxy-logon's rule: <c>old</c> legacy, <c>rfc</c> or unset RFC, anything else an error (before connecting).</summary>
    public static bool LegacyForLogon(CliEnvironment environment) => environment.Variables(Variable) switch
    {
        null or "" or "rfc" => false,
        "old" => true,
        var other => throw new MyProxyException($"Unsupported value for {Variable}: {other}; set it to old or rfc, or unset it."),
    };
}
