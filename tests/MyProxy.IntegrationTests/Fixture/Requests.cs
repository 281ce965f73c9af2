using System.Globalization;

namespace MyProxy.IntegrationTests.Fixture;

/// <summary>Request messages spelled out byte for byte as the C client sends them (reference A.4, A.9).</summary>
internal static class Requests
{
    public const string GetTrustRoots = "VERSION=MYPROXYv2\nCOMMAND=7\nUSERNAME=\nPASSPHRASE=\nLIFETIME=0\nTRUSTED_CERTS=1\n\0";

    public static string Get(string username, string passphrase, TimeSpan lifetime) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"VERSION=MYPROXYv2\nCOMMAND=0\nUSERNAME={username}\nPASSPHRASE={passphrase}\nLIFETIME={(int)lifetime.TotalSeconds}\n\0");
}
