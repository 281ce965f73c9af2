namespace MyProxy.Crypto.Proxies;

/// <summary>Object identifiers of proxy certificates and the extensions grids put in them.</summary>
public static class ProxyObjectIdentifiers
{
    /// <summary>RFC 3820 ProxyCertInfo extension (<c>id-pe-proxyCertInfo</c>); must be critical.</summary>
    public const string ProxyCertInfo = "1.3.6.1.5.5.7.1.14";

    /// <summary>GT3 draft ProxyCertInfo extension (<c>PROXYCERTINFO_OLD</c>).</summary>
    public const string DraftProxyCertInfo = "1.3.6.1.4.1.3536.1.222";

    /// <summary>Policy language: any language (validator input only).</summary>
    public const string AnyLanguage = "1.3.6.1.5.5.7.21.0";

    /// <summary>Policy language: impersonation, all rights inherited.</summary>
    public const string InheritAll = "1.3.6.1.5.5.7.21.1";

    /// <summary>Policy language: independent proxy.</summary>
    public const string Independent = "1.3.6.1.5.5.7.21.2";

    /// <summary>Policy language: Globus limited proxy.</summary>
    public const string LimitedProxy = "1.3.6.1.4.1.3536.1.1.1.9";

    /// <summary>VOMS attribute-certificate sequence extension in a proxy (non-critical).</summary>
    public const string VomsAttributeCertificates = "1.3.6.1.4.1.8005.100.100.5";

    /// <summary>VOMS FQAN attribute (IetfAttrSyntax) inside an attribute certificate.</summary>
    public const string VomsFqans = "1.3.6.1.4.1.8005.100.100.4";

    /// <summary>DIRAC group extension (IA5String, non-critical).</summary>
    public const string DiracGroup = "1.2.42.42";
}
