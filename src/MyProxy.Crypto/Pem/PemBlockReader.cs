using System.Text;

namespace MyProxy.Crypto.Pem;

/// <summary>
/// Splits PEM text into blocks, keeping legacy RFC 1421 headers, which <see cref="System.Security.Cryptography.PemEncoding"/>
/// does not accept, and reporting damaged blocks instead of silently skipping them.
/// </summary>
internal static class PemBlockReader
{
    private const string BeginPrefix = "-----BEGIN ";
    private const string EndPrefix = "-----END ";
    private const string Dashes = "-----";

    /// <summary>All blocks in order; text outside blocks (comments, <c>openssl x509 -text</c> output) is ignored.</summary>
    /// <param name="pem">The PEM text.</param>
    /// <returns>The blocks, numbered from 1.</returns>
    public static IReadOnlyList<PemBlock> ReadAll(ReadOnlySpan<char> pem)
    {
        var blocks = new List<PemBlock>();
        var state = new BlockBuilder();
        foreach (var rawLine in pem.EnumerateLines())
        {
            var line = rawLine.Trim();
            if (state.Label is null)
            {
                if (IsMarker(line, BeginPrefix))
                {
                    state.Start(line[BeginPrefix.Length..^Dashes.Length].ToString());
                }

                continue;
            }

            if (IsMarker(line, EndPrefix))
            {
                blocks.Add(state.Finish(blocks.Count + 1, complete: true));
                continue;
            }

            state.Add(line);
        }

        if (state.Label is not null)
        {
            blocks.Add(state.Finish(blocks.Count + 1, complete: false));
        }

        return blocks;
    }

    private static bool IsMarker(ReadOnlySpan<char> line, string prefix) =>
        line.StartsWith(prefix, StringComparison.Ordinal) && line.EndsWith(Dashes, StringComparison.Ordinal) &&
        line.Length > prefix.Length + Dashes.Length;

    private sealed class BlockBuilder
    {
        private readonly StringBuilder _body = new();
        private Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);
        private bool _inHeaders;

        public string? Label { get; private set; }

        public void Start(string label)
        {
            Label = label;
            _inHeaders = true;
            _headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            _body.Clear();
        }

        public void Add(ReadOnlySpan<char> line)
        {
            var colon = line.IndexOf(':');
            if (_inHeaders && colon > 0)
            {
                _headers[line[..colon].Trim().ToString()] = line[(colon + 1)..].Trim().ToString();
                return;
            }

            _inHeaders = false;
            foreach (var c in line)
            {
                if (!char.IsWhiteSpace(c))
                {
                    _body.Append(c);
                }
            }
        }

        public PemBlock Finish(int number, bool complete)
        {
            var block = new PemBlock(number, Label!, _headers, _body.ToString(), complete);
            Label = null;
            _body.Clear();
            return block;
        }
    }
}
