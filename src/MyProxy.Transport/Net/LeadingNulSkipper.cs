namespace MyProxy.Transport.Net;

/// <summary>
/// The read side of a GSI connection: the server sends one 0x00 after a TLS 1.3 handshake (to keep its GSS
/// exchange going), which is not part of the first response. Drops 0x00 bytes only until the first other byte.
/// </summary>
internal sealed class LeadingNulSkipper
{
    private readonly Stream _inner;
    private readonly NulPadding _padding;
    private bool _started;

    public LeadingNulSkipper(Stream inner, NulPadding padding)
    {
        _inner = inner;
        _padding = padding;
    }

    /// <summary>How many leading 0x00 bytes were dropped.</summary>
    public int SkippedCount { get; private set; }

    public async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (!_started)
        {
            var read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return 0;
            }

            var first = buffer.Span[..read].IndexOfAnyExcept((byte)0);
            if (first < 0)
            {
                SkippedCount += read;
                _padding.Skipped(read);
                continue;
            }

            _started = true;
            SkippedCount += first;
            buffer[first..read].CopyTo(buffer);
            return read - first;
        }

        return await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
    }
}
