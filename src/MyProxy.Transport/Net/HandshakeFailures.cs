using System.Security.Authentication;

namespace MyProxy.Transport.Net;

/// <summary>Turns what a TLS stack threw during the handshake into the error the user should see.</summary>
internal static class HandshakeFailures
{
    public static Exception Translate(
        Exception exception, MyProxyException? verificationFailure, MyProxyEndpoint endpoint, TransportOptions options, CancellationToken cancellationToken)
    {
        if (verificationFailure is not null)
        {
            // The stack reports only "remote certificate rejected"; our own reason says what was wrong.
            return verificationFailure;
        }

        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return exception;
        }

        if (exception is OperationCanceledException)
        {
            return new MyProxyTimeoutException(
                $"the MyProxy server {endpoint} did not complete the TLS handshake within {TlsConnection.Seconds(options.ConnectTimeout)} s; is it a MyProxy server? Raise the timeout if it is slow (MYPROXY_SOCKET_TIMEOUT, --timeout)",
                exception);
        }

        var what = exception is AuthenticationException ? "failed" : "broke";
        return new MyProxyTransportException(
            $"the TLS handshake with the MyProxy server {endpoint} {what}: {Innermost(exception).Message}; check that it is a MyProxy server and that it accepts your credential",
            exception);
    }

    private static Exception Innermost(Exception exception)
    {
        var current = exception;
        while (current.InnerException is not null)
        {
            current = current.InnerException;
        }

        return current;
    }
}
