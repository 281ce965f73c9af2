namespace MyProxy.Protocol.Responses;

/// <summary>The <c>KEY=value</c> lines of one response, in order, looked up by exact key.</summary>
internal sealed class ResponseFields
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _lines;

    public ResponseFields(IReadOnlyList<KeyValuePair<string, string>> lines)
    {
        _lines = lines;
    }

    public IReadOnlyList<KeyValuePair<string, string>> Lines => _lines;

    /// <summary>The value of a key that may appear at most once; a repeated key is a protocol error.</summary>
    public string? Single(string key)
    {
        string? found = null;
        foreach (var (lineKey, value) in _lines)
        {
            if (!string.Equals(lineKey, key, StringComparison.Ordinal))
            {
                continue;
            }

            if (found is not null)
            {
                throw new MyProxyProtocolException($"The response repeats the {Printable.Of(key)} line; a MyProxy server sends it once.");
            }

            found = value;
        }

        return found;
    }

    public IReadOnlyList<string> All(string key) =>
        [.. _lines.Where(line => string.Equals(line.Key, key, StringComparison.Ordinal)).Select(line => line.Value)];
}
