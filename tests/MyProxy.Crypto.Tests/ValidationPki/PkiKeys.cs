using System.Security.Cryptography;

namespace MyProxy.Crypto.Tests.ValidationPki;

/// <summary>RSA keys generated once per test run: key generation dominates otherwise. Never dispose them.</summary>
public static class PkiKeys
{
    private static readonly Lazy<RSA>[] Keys = Enumerable.Range(0, 6).Select(_ => new Lazy<RSA>(() => RSA.Create(2048))).ToArray();

    public static RSA Ca => Keys[0].Value;

    public static RSA SubCa => Keys[1].Value;

    public static RSA User => Keys[2].Value;

    public static RSA Proxy1 => Keys[3].Value;

    public static RSA Proxy2 => Keys[4].Value;

    public static RSA Other => Keys[5].Value;

    public static RSA ForProxyLevel(int level) => level % 2 == 0 ? Proxy1 : Proxy2;
}
