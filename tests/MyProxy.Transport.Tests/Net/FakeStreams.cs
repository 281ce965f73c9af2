namespace MyProxy.Transport.Tests.Net;

/// <summary>A stream that hands out one prepared chunk per read, then end of stream; records every write.</summary>
internal sealed class ScriptedStream(params byte[][] chunks) : Stream
{
    private readonly Queue<byte[]> _chunks = new(chunks);

    public List<byte[]> Writes { get; } = [];

    public int Flushes { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_chunks.Count == 0)
        {
            return ValueTask.FromResult(0);
        }

        var chunk = _chunks.Dequeue();
        var count = Math.Min(chunk.Length, buffer.Length);
        chunk.AsSpan(0, count).CopyTo(buffer.Span);
        if (count < chunk.Length)
        {
            var rest = new Queue<byte[]>([chunk[count..], .. _chunks]);
            _chunks.Clear();
            foreach (var item in rest)
            {
                _chunks.Enqueue(item);
            }
        }

        return ValueTask.FromResult(count);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Writes.Add(buffer.ToArray());
        return ValueTask.CompletedTask;
    }

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        Flushes++;
        return Task.CompletedTask;
    }

    public override void Flush() => Flushes++;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A stream whose reads never complete until cancelled: a server that went silent.</summary>
internal sealed class SilentStream : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return 0;
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        await Task.Delay(Timeout.Infinite, cancellationToken);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
