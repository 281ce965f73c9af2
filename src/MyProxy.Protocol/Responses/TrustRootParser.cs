namespace MyProxy.Protocol.Responses;

/// <summary>
/// Reads the trust-root payload: <c>TRUSTED_CERTS=&lt;name&gt;,&lt;name&gt;...</c> and one
/// <c>FILEDATA_&lt;name&gt;=&lt;base64&gt;</c> line per listed name.
/// </summary>
internal static class TrustRootParser
{
    public const string ListKey = "TRUSTED_CERTS";
    public const string DataKeyPrefix = "FILEDATA_";

    /// <summary>The files, or <see langword="null"/> when the response carries no trust roots.</summary>
    public static IReadOnlyList<TrustRootFile>? Parse(ResponseFields fields, ProtocolLimits limits)
    {
        var list = fields.Single(ListKey);
        if (list is null)
        {
            return null;
        }

        if (list.Length == 0)
        {
            return [];
        }

        var names = list.Split(',');
        if (names.Length > limits.MaxTrustRootFiles)
        {
            throw new MyProxyProtocolException(
                $"The server sent {names.Length} trust-root files, more than the limit of {limits.MaxTrustRootFiles} (ProtocolLimits.MaxTrustRootFiles); raise it if the server is trusted.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<TrustRootFile>(names.Length);
        foreach (var name in names)
        {
            if (name.Length == 0)
            {
                throw new MyProxyProtocolException("The server's TRUSTED_CERTS list contains an empty file name.");
            }

            if (!seen.Add(name))
            {
                throw new MyProxyProtocolException($"The server's TRUSTED_CERTS list names the file '{Printable.Of(name)}' twice.");
            }

            files.Add(new TrustRootFile(name, Decode(name, fields.Single(DataKeyPrefix + name))));
        }

        return files;
    }

    private static byte[] Decode(string name, string? base64)
    {
        if (base64 is null)
        {
            throw new MyProxyProtocolException($"The server listed the trust-root file '{Printable.Of(name)}' but sent no FILEDATA_ line for it.");
        }

        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException exception)
        {
            throw new MyProxyProtocolException($"The contents of trust-root file '{Printable.Of(name)}' are not valid base64.", exception);
        }
    }
}
