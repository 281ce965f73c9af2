namespace MyProxy.IntegrationTests.Crypto;

/// <summary>The list of vectors (reference C.6): every grid-proxy-init format and type, then hand-made rule breakers.</summary>
internal static class VectorRecipes
{
    private const string ProxyKeyUsage = "keyUsage=critical,digitalSignature,keyEncipherment,dataEncipherment";
    private const string InheritAll = "proxyCertInfo=critical,language:id-ppl-inheritAll";

    private static readonly (string Name, string Option)[] Formats = [("rfc", "-rfc"), ("draft", "-draft"), ("legacy", "-old")];
    private static readonly (string Suffix, string[] Options)[] Types = [("", []), ("-limited", ["-limited"]), ("-independent", ["-independent"])];

    public static async Task BuildAsync(VectorFactory factory)
    {
        foreach (var (name, option) in Formats)
        {
            foreach (var (suffix, options) in Types)
            {
                await factory.GenerateAsync(name + suffix, [option, .. options]);
            }
        }

        await factory.GenerateAsync("rfc-path-length-2", ["-rfc", "-path-length", "2"]);
        await factory.GenerateAsync("draft-path-length-3", ["-draft", "-path-length", "3"]);
        await factory.GenerateAsync("rfc-redelegated", ["-rfc"], issuer: "rfc");
        await factory.GenerateAsync("rfc-from-limited", ["-rfc"], issuer: "rfc-limited");
        await factory.GenerateAsync("legacy-from-rfc", ["-old"], issuer: "rfc");
        await HandMakeAsync(factory);
    }

    private static async Task HandMakeAsync(VectorFactory factory)
    {
        var user = VectorAuthority.UserSubject;
        await factory.HandMakeAsync(
            "handmade-subject-not-issuer-plus-cn", "subject /DC=org/DC=example/CN=Mallory/CN=999 issued by the user", "/DC=org/DC=example/CN=Mallory/CN=999", [ProxyKeyUsage, InheritAll]);
        await factory.HandMakeAsync("handmade-extra-rdn", "an O=x RDN before the proxy CN", user + "/O=x/CN=556", [ProxyKeyUsage, InheritAll]);
        await factory.HandMakeAsync(
            "handmade-noncritical-pci", "RFC ProxyCertInfo (inheritAll) not marked critical", user + "/CN=557", [ProxyKeyUsage, "proxyCertInfo=language:id-ppl-inheritAll"]);
        await factory.HandMakeAsync(
            "handmade-rfc-cn-limited-proxy", "RFC inheritAll proxy whose CN is \"limited proxy\" (D.16)", user + "/CN=limited proxy", [ProxyKeyUsage, InheritAll]);
        await factory.HandMakeAsync(
            "handmade-path-length-0", "RFC inheritAll proxy with pCPathLenConstraint 0", user + "/CN=600", [ProxyKeyUsage, InheritAll + ",pathlen:0"]);
        await ChildAsync(factory, "handmade-path-length-0-child", "handmade-path-length-0", "/CN=601", InheritAll);
        await ChildAsync(factory, "handmade-limited-to-inheritall", "rfc-limited", "/CN=602", InheritAll);
        await ChildAsync(factory, "handmade-limited-to-independent", "rfc-limited", "/CN=603", "proxyCertInfo=critical,language:id-ppl-independent");
        await factory.HandMakeAsync(
            "handmade-rfc-to-legacy", "legacy CN=proxy (no ProxyCertInfo) signed by the rfc proxy", factory["rfc"].Info.Subject + "/CN=proxy", [ProxyKeyUsage], "rfc");
        await factory.FlipSignatureBitAsync("handmade-flipped-signature", "rfc");
    }

    private static Task ChildAsync(VectorFactory factory, string name, string issuer, string cn, string proxyCertInfo) =>
        factory.HandMakeAsync(
            name, $"{proxyCertInfo} child of {issuer}", factory[issuer].Info.Subject + cn, [ProxyKeyUsage, proxyCertInfo], issuer);
}
