using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MyProxy.Protocol.Responses;

namespace MyProxy.Protocol.Tests.Responses;

public sealed class MyProxyResponseDecoderProperties
{
    private static readonly string[] Keys =
    [
        "ERROR", "AUTHORIZATION_DATA", "TRUSTED_CERTS", "FILEDATA_a", "FILEDATA_b", "FILEDATA_", "ADDL_CREDS",
        "CRED_NAME", "CRED_START_TIME", "CRED_a_OWNER", "CRED_a_b_END_TIME", "CRED_", "X",
    ];

    [Test]
    public void TryDecode_RandomBytes_OnlyEverThrowsProtocolException()
    {
        Prop.ForAll<byte[]>(bytes => DecodesOrRefuses(bytes)).QuickCheckThrowOnFailure();
    }

    [Test]
    public void TryDecode_RandomLinesAfterAValidHeader_OnlyEverThrowsProtocolException()
    {
        var value = Gen.Frequency(
            (1, ArbMap.Default.GeneratorFor<string>()),
            (4, Gen.Elements("a", "a,b", "", ",", "YQ==", "%%", "12", "-5", "99999999999999999999", "999999999999", "SASL:x", "x", "a_b", ":")));
        var message = from code in Gen.Elements("0", "1", "2")
                      from keys in Gen.SubListOf(Keys)
                      from values in value.ArrayOf(keys.Count)
                      from extra in Gen.Elements(Keys).ListOf()
                      from extraValues in value.ArrayOf(extra.Count)
                      let lines = keys.Zip(values).Concat(extra.Zip(extraValues)).Select(line => line.First + "=" + line.Second)
                      select "VERSION=MYPROXYv2\nRESPONSE=" + code + "\n" + string.Join("\n", lines) + "\n";

        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(2000),
            Prop.ForAll(message.ToArbitrary(), text => DecodesOrRefuses(Encoding.UTF8.GetBytes(text))));
    }

    [Test]
    public void TryDecode_AnySplitIntoSegments_GivesTheSameErrors()
    {
        var errorLines = Gen.ListOf(Gen.Elements("denied", "Bad password", "x=y", "Jörg", ""));
        var cases = from errors in errorLines
                    from size in Gen.Choose(1, 16)
                    select (errors, size);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = "VERSION=MYPROXYv2\nRESPONSE=1\n" + string.Concat(c.errors.Select(e => "ERROR=" + e + "\n")) + "\0";
            var buffer = Segments.Chunked(Encoding.UTF8.GetBytes(text), c.size);
            MyProxyResponseDecoder.Default.TryDecode(ref buffer, out var response);
            return response!.Errors.SequenceEqual(c.errors) && buffer.Length == 0;
        }).QuickCheckThrowOnFailure();
    }

    private static bool DecodesOrRefuses(byte[] bytes)
    {
        try
        {
            var buffer = Segments.Chunked([.. bytes, 0], 5);
            MyProxyResponseDecoder.Default.TryDecode(ref buffer, out _);
            return true;
        }
        catch (MyProxyProtocolException)
        {
            return true;
        }
    }
}
