using System.Text;

namespace MyProxy.IntegrationTests.Hostile;

/// <summary>The server side of one connection: reads what the client sends by content and writes whatever the script says.</summary>
internal sealed class HostilePeer
{
    private readonly Stream _stream;
    private readonly Func<Task> _close;

    /// <param name="stream">The connection's plaintext: a TLS stream, or a plain TCP one.</param>
    /// <param name="close">Ends our side cleanly: a TLS close_notify, or a TCP FIN.</param>
    public HostilePeer(Stream stream, Func<Task> close)
    {
        _stream = stream;
        _close = close;
    }

    /// <summary>How many bytes this peer has written so far.</summary>
    public long Written { get; private set; }

    public async Task<byte> ReadByteAsync(CancellationToken cancellationToken)
    {
        var one = new byte[1];
        await _stream.ReadExactlyAsync(one, cancellationToken);
        return one[0];
    }

    /// <summary>Reads up to and without a NUL terminator.</summary>
    public async Task<byte[]> ReadUntilNulAsync(CancellationToken cancellationToken)
    {
        var bytes = new List<byte>();
        while (await ReadByteAsync(cancellationToken) is var b && b != 0)
        {
            bytes.Add(b);
        }

        return [.. bytes];
    }

    public async Task<string> ReadRequestAsync(CancellationToken cancellationToken)
    {
        var flag = await ReadByteAsync(cancellationToken);
        if (flag != (byte)'0')
        {
            throw new IOException($"the client sent delegation flag {flag}, not '0'");
        }

        return Encoding.ASCII.GetString(await ReadUntilNulAsync(cancellationToken));
    }

    /// <summary>Reads one DER element (tag, definite length, contents).</summary>
    public async Task<byte[]> ReadDerAsync(CancellationToken cancellationToken)
    {
        var header = new List<byte> { await ReadByteAsync(cancellationToken), await ReadByteAsync(cancellationToken) };
        var length = header[1] & 0x7f;
        if ((header[1] & 0x80) != 0)
        {
            length = 0;
            for (var i = 0; i < (header[1] & 0x7f); i++)
            {
                var b = await ReadByteAsync(cancellationToken);
                header.Add(b);
                length = (length << 8) | b;
            }
        }

        var contents = new byte[length];
        await _stream.ReadExactlyAsync(contents, cancellationToken);
        return [.. header, .. contents];
    }

    /// <summary>Reads a certificate-chain frame: a count byte and that many DER certificates.</summary>
    public async Task<IReadOnlyList<byte[]>> ReadChainAsync(CancellationToken cancellationToken)
    {
        var count = await ReadByteAsync(cancellationToken);
        var chain = new List<byte[]>();
        for (var i = 0; i < count; i++)
        {
            chain.Add(await ReadDerAsync(cancellationToken));
        }

        return chain;
    }

    public async Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(bytes, cancellationToken);
        await _stream.FlushAsync(cancellationToken);
        Written += bytes.Length;
    }

    public Task WriteAsync(string text, CancellationToken cancellationToken) => WriteAsync(Encoding.ASCII.GetBytes(text), cancellationToken);

    /// <summary>Ends our side of the connection cleanly, as a server that stops mid-exchange does.</summary>
    public Task CloseAsync() => _close();

    /// <summary>Says nothing more and waits until the client gives up and closes the connection.</summary>
    public async Task HoldUntilClientClosesAsync(CancellationToken cancellationToken)
    {
        var sink = new byte[4096];
        while (await _stream.ReadAsync(sink, cancellationToken) > 0)
        {
        }
    }
}
