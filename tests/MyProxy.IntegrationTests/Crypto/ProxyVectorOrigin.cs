namespace MyProxy.IntegrationTests.Crypto;

/// <summary>Which tool made a proxy vector.</summary>
public enum ProxyVectorOrigin
{
    /// <summary>The real <c>grid-proxy-init</c>, from the vector user's certificate or from another vector.</summary>
    GridProxyInit,

    /// <summary>Signed by hand with <c>openssl x509 -req</c>, to break one rule on purpose.</summary>
    HandMade,
}
