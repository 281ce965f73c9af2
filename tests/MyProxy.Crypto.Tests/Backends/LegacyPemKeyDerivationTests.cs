using MyProxy.Crypto.Backends.SystemCrypto;

namespace MyProxy.Crypto.Tests.Backends;

public class LegacyPemKeyDerivationTests
{
    // openssl enc -aes-256-cbc -md md5 -S 0102030405060708 -pass pass:fixture-pass -P (key, then iv: 48 bytes of EVP_BytesToKey).
    private const string OpenSslKeyAndIv = "22E14106727F83AA6FB84A5CB2CE50944432E3F2F6145E604D7098C248F328CB" + "F32B3A6CDA18A7CD39B3F722EBE23CAE";

    [TestCase(16)]
    [TestCase(24)]
    [TestCase(32)]
    [TestCase(48)]
    public void DeriveKey_OpenSslVector_MatchesEvpBytesToKey(int size)
    {
        var key = SystemLegacyPem.DeriveKey("fixture-pass", [1, 2, 3, 4, 5, 6, 7, 8], size);

        Assert.That(Convert.ToHexString(key), Is.EqualTo(OpenSslKeyAndIv[..(size * 2)]));
    }
}
