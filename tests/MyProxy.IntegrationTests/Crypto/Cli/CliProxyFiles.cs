using System.Security.Cryptography.X509Certificates;

namespace MyProxy.IntegrationTests.Crypto.Cli;

/// <summary>Splits a proxy file for <c>openssl verify</c>: the leaf, and the rest of the chain as <c>-untrusted</c>.</summary>
internal static class CliProxyFiles
{
    public static (string Leaf, string Chain) Split(string proxyPath)
    {
        var certificates = new X509Certificate2Collection();
        certificates.ImportFromPemFile(proxyPath);
        try
        {
            var leaf = proxyPath + ".leaf.pem";
            var chain = proxyPath + ".chain.pem";
            File.WriteAllText(leaf, certificates[0].ExportCertificatePem() + "\n");
            File.WriteAllText(chain, string.Concat(certificates.Skip(1).Select(certificate => certificate.ExportCertificatePem() + "\n")));
            return (leaf, chain);
        }
        finally
        {
            foreach (var certificate in certificates)
            {
                certificate.Dispose();
            }
        }
    }
}
