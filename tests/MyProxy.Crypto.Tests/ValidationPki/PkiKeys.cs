using System.Security.Cryptography;
using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Crypto.Tests.ValidationPki;

/// <summary>The validation PKI's named keys: the keys of <see cref="TestKeys"/>' pool, so a test run generates one set. Never dispose them.</summary>
public static class PkiKeys
{
    public static RSA Ca => TestKeys.Shared(0);

    public static RSA SubCa => TestKeys.Shared(1);

    public static RSA User => TestKeys.Shared(2);

    public static RSA Proxy1 => TestKeys.Shared(3);

    public static RSA Proxy2 => TestKeys.Shared(4);

    public static RSA Other => TestKeys.Shared(5);

    public static RSA ForProxyLevel(int level) => level % 2 == 0 ? Proxy1 : Proxy2;
}
