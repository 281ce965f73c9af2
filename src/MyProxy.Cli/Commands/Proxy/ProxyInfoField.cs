namespace MyProxy.Cli.Commands.Proxy;

/// <summary>The fields grid-proxy-info prints alone (<c>-subject</c>, <c>-type</c>, ...), or all of them.</summary>
internal enum ProxyInfoField
{
    /// <summary><c>-subject</c>.</summary>
    Subject,

    /// <summary><c>-issuer</c>.</summary>
    Issuer,

    /// <summary><c>-identity</c>.</summary>
    Identity,

    /// <summary><c>-type</c>.</summary>
    Type,

    /// <summary><c>-timeleft</c>: seconds.</summary>
    TimeLeft,

    /// <summary><c>-strength</c>: bits.</summary>
    Strength,

    /// <summary><c>-path</c>.</summary>
    Path,

    /// <summary><c>-all</c>: the labelled block.</summary>
    All,
}
