using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MyProxy.Protocol.Requests;

namespace MyProxy.Protocol.Tests.Requests;

public sealed class MyProxyRequestEncoderProperties
{
    private static readonly string[] ServerKeys =
    [
        "VERSION=", "COMMAND=", "USERNAME=", "PASSPHRASE=", "NEW_PHRASE=", "LIFETIME=", "RETRIEVER=", "RENEWER=",
        "CRED_NAME=", "CRED_DESC=", "KEYRETRIEVERS=", "RETRIEVER_TRUSTED=", "TRUSTED_CERTS=", "VONAME=", "VOMSES=",
    ];

    private static readonly Gen<string> Text =
        from parts in Gen.ListOf(Gen.Frequency(
            (1, ArbMap.Default.GeneratorFor<string>()),
            (1, Gen.Elements("\n", "\r", "\0", "ä", "/CN=", "*", "a", " ")),
            (6, Gen.Elements("=", "USER", "NAME", "CRED_", "PASS", "PHRASE", "NEW_", "LIFE", "TIME", "RETRIEVER", "S", "_TRUSTED",
                "RENEWER", "KEY", "DESC", "VERSION", "COMMAND", "TRUSTED_CERTS", "VO", "MSES"))))
        select string.Concat(parts.Where(p => p is not null));

    [Test]
    public void Encode_ArbitraryValues_EitherRefusesOrRoundTripsThroughAStrstrParser()
    {
        var requests = from username in Text
                       from passphrase in Text
                       from name in Text
                       from description in Text
                       from retrievers in Text
                       from lifetime in Gen.Choose(0, int.MaxValue)
                       select MyProxyRequest.Put(username, passphrase, lifetime) with
                       {
                           CredentialName = name,
                           CredentialDescription = description,
                           Retrievers = retrievers,
                       };

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(requests.ToArbitrary(), RefusedOrRoundTrips));
    }

    private static bool RefusedOrRoundTrips(MyProxyRequest request)
    {
        byte[] bytes;
        try
        {
            bytes = MyProxyRequestEncoder.Encode(request);
        }
        catch (MyProxyRequestException)
        {
            return true;
        }

        var text = Encoding.UTF8.GetString(bytes);
        return text.IndexOf('\0', StringComparison.Ordinal) == text.Length - 1
            && ServerKeys.All(key => Occurrences(text, key) <= 1)
            && StrstrValue(text, "USERNAME=") == request.Username
            && StrstrValue(text, "PASSPHRASE=") == request.Passphrase
            && StrstrValue(text, "CRED_NAME=") == NullIfEmpty(request.CredentialName)
            && StrstrValue(text, "CRED_DESC=") == NullIfEmpty(request.CredentialDescription)
            && StrstrValue(text, "RETRIEVER=") == NullIfEmpty(request.Retrievers)
            && StrstrValue(text, "LIFETIME=") == request.LifetimeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    // What the server does: find the key anywhere, take the value up to the next line feed.
    private static string? StrstrValue(string text, string key)
    {
        var start = text.IndexOf(key, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += key.Length;
        return text[start..text.IndexOf('\n', start)];
    }

    private static int Occurrences(string text, string key)
    {
        var count = 0;
        for (var index = text.IndexOf(key, StringComparison.Ordinal); index >= 0; index = text.IndexOf(key, index + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
