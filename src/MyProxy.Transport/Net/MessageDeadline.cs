using System.Globalization;

namespace MyProxy.Transport.Net;

/// <summary>
/// One deadline for a whole message: the per-read timeout alone lets a server that sends a byte every few seconds,
/// or floods NULs, hold the client forever.
/// </summary>
internal static class MessageDeadline
{
    /// <summary>A token cancelled by <paramref name="cancellationToken"/> or when <paramref name="timeout"/> has passed.</summary>
    public static CancellationTokenSource Start(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout > TimeSpan.Zero && timeout < TimeSpan.FromDays(1))
        {
            deadline.CancelAfter(timeout);
        }

        return deadline;
    }

    /// <summary>Whether a cancellation came from the deadline rather than from the caller.</summary>
    public static bool Passed(CancellationToken deadline, CancellationToken cancellationToken) =>
        deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested;

    /// <summary>The error for a message that did not arrive whole in time.</summary>
    public static MyProxyTimeoutException Exceeded(MyProxyEndpoint endpoint, string what, TimeSpan timeout, Exception inner, MyProxyPhase phase = MyProxyPhase.None) =>
        new($"the MyProxy server {endpoint} did not finish sending {what} within {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s (it trickles or never ends the message); try again later or raise the timeout (MYPROXY_SOCKET_TIMEOUT, --timeout)",
            inner) { Phase = phase };
}
