namespace MyProxy.IntegrationTests.Client;

/// <summary>Both transports × both crypto backends × RSA and EC keys, as configuration values.</summary>
public static class ClientMatrix
{
    public static IEnumerable<TestFixtureData> All()
    {
        foreach (var transport in new[] { "sslstream", "bouncycastle" })
        {
            foreach (var crypto in new[] { "system", "bouncycastle" })
            {
                foreach (var (keyType, keySize) in new[] { ("rsa", "2048"), ("ec", "256") })
                {
                    yield return new TestFixtureData(transport, crypto, keyType, keySize).SetArgDisplayNames(transport, crypto, $"{keyType}{keySize}");
                }
            }
        }
    }
}
