namespace MyProxy.Transport.Net;

/// <summary>
/// Counts the NUL bytes a server sends where a message should start. The real server sends one (after a TLS 1.3
/// handshake); more than a whole message's worth is a flood, stopped here at the size limit instead of at the
/// message deadline, which on a fast link would let it run to gigabytes.
/// </summary>
internal sealed class NulPadding
{
    private readonly long _limit;
    private readonly MyProxyEndpoint _endpoint;
    private long _skipped;

    public NulPadding(long limit, MyProxyEndpoint endpoint)
    {
        _limit = limit;
        _endpoint = endpoint;
    }

    /// <summary>Adds <paramref name="count"/> skipped NULs.</summary>
    /// <exception cref="MyProxyProtocolException">More than the limit have been skipped in all.</exception>
    public void Skipped(int count)
    {
        _skipped += count;
        if (_skipped > _limit)
        {
            throw new MyProxyProtocolException(
                $"the MyProxy server {_endpoint} sent more than {_limit} NUL bytes and no message; it does not speak the MyProxy protocol (check the host and port)");
        }
    }
}
