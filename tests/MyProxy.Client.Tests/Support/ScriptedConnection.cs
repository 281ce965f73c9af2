using System.Text;
using MyProxy.Transport;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace MyProxy.Client.Tests.Support;

/// <summary>
/// An <see cref="IMyProxyConnection"/> substitute that answers reads from a script (each step may look at what
/// the client wrote so far) and records every write.
/// </summary>
internal sealed class ScriptedConnection
{
    private readonly Queue<Func<IReadOnlyList<byte[]>, byte[]>> _reads = new();

    public ScriptedConnection()
    {
        Connection = Substitute.For<IMyProxyConnection>();
        Connection.Endpoint.Returns(new MyProxyEndpoint("myproxy.example.org", 7512));
        Connection.ServerCertificates.Returns([]);
        Connection.SendGsiDelegationFlagAsync(default).ReturnsForAnyArgs(_ =>
        {
            Events.Add("flag");
            return Task.CompletedTask;
        });
        Connection.WriteAsync(default, default).ReturnsForAnyArgs(call =>
        {
            Events.Add("write");
            Writes.Add(call.ArgAt<ReadOnlyMemory<byte>>(0).ToArray());
            WrittenBuffers.Add(call.ArgAt<ReadOnlyMemory<byte>>(0));
            return Task.CompletedTask;
        });
        Connection.ReadAsync(default, default).ReturnsForAnyArgs(call =>
        {
            call.ArgAt<CancellationToken>(1).ThrowIfCancellationRequested();
            if (_reads.Count == 0)
            {
                return Task.FromResult(0);
            }

            var bytes = _reads.Dequeue()(Writes);
            bytes.CopyTo(call.ArgAt<Memory<byte>>(0));
            return Task.FromResult(bytes.Length);
        });
    }

    public IMyProxyConnection Connection { get; }

    public List<byte[]> Writes { get; } = [];

    /// <summary>The client's own buffers as it passed them to WriteAsync (not copies): what they hold once the command is over.</summary>
    public List<ReadOnlyMemory<byte>> WrittenBuffers { get; } = [];

    /// <summary>"flag" and "write" in the order the client made them.</summary>
    public List<string> Events { get; } = [];

    public ScriptedConnection Then(byte[] bytes)
    {
        _reads.Enqueue(_ => bytes);
        return this;
    }

    public ScriptedConnection Then(Func<IReadOnlyList<byte[]>, byte[]> step)
    {
        _reads.Enqueue(step);
        return this;
    }

    public ScriptedConnection ThenText(string text) => Then(Encoding.ASCII.GetBytes(text + "\0"));

    public ScriptedConnection ThenOk(string extraLines = "") => ThenText("VERSION=MYPROXYv2\nRESPONSE=0\n" + extraLines);

    public ScriptedConnection ThenError(params string[] errors) =>
        ThenText("VERSION=MYPROXYv2\nRESPONSE=1\n" + string.Concat(errors.Select(e => $"ERROR={e}\n")));

    public void ThenReadThrows(Exception exception) =>
        Connection.ReadAsync(default, default).ThrowsAsyncForAnyArgs(exception);

    /// <summary>The request the client sent (the first write), as text without the NUL.</summary>
    public string RequestText => Encoding.ASCII.GetString(Writes[0]).TrimEnd('\0');
}
