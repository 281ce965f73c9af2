namespace MyProxy.Client.Sessions;

/// <summary>
/// Gives a lower layer's exception the phase it happened in. <see cref="MyProxyException.Phase"/> is set at
/// construction, so an exception without one is copied into the same type with the phase and itself as the cause.
/// </summary>
internal static class PhaseErrors
{
    public static MyProxyException With(MyProxyException exception, MyProxyPhase phase)
    {
        if (exception.Phase != MyProxyPhase.None)
        {
            return exception;
        }

        var message = exception.Message;
        return exception switch
        {
            MyProxyServerException server => new MyProxyServerException(server.ServerErrors) { Phase = phase },
            MyProxyValidationException validation => new MyProxyValidationException(message, validation.Failures) { Phase = phase },
            MyProxyServerIdentityException identity => new MyProxyServerIdentityException(message, identity.PresentedSubject) { Phase = phase },
            MyProxyConnectException => new MyProxyConnectException(message, exception) { Phase = phase },
            MyProxyTimeoutException => new MyProxyTimeoutException(message, exception) { Phase = phase },
            MyProxyTrustRootException => new MyProxyTrustRootException(message, exception) { Phase = phase },
            MyProxyTransportException => new MyProxyTransportException(message, exception) { Phase = phase },
            MyProxyProtocolException => new MyProxyProtocolException(message, exception) { Phase = phase },
            MyProxyCryptoException => new MyProxyCryptoException(message, exception) { Phase = phase },
            _ => new MyProxyException(message, exception) { Phase = phase },
        };
    }

    /// <summary>The phase a failed connection attempt belongs to: reaching the server, or verifying it.</summary>
    public static MyProxyPhase OfConnectFailure(MyProxyException exception) => exception switch
    {
        MyProxyValidationException or MyProxyServerIdentityException => MyProxyPhase.AuthenticateServer,
        _ => MyProxyPhase.Connect,
    };
}
