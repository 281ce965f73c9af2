namespace MyProxy.Crypto.Proxies;

/// <summary>The three proxy-certificate profiles in use on grids, as <c>grid-proxy-init</c> names them.</summary>
public enum ProxyCertificateFormat
{
    /// <summary>RFC 3820 ("GSI 4"): critical ProxyCertInfo extension <c>1.3.6.1.5.5.7.1.14</c>. The default.</summary>
    Rfc3820,

    /// <summary>The pre-RFC GT3 draft ("GSI 3"): ProxyCertInfo under <c>1.3.6.1.4.1.3536.1.222</c>.</summary>
    Draft,

    /// <summary>Legacy Globus ("GSI 2"): no extension; the last CN is <c>proxy</c> or <c>limited proxy</c>.</summary>
    Legacy,
}
