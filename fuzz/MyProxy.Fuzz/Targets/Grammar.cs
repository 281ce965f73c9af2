using System.Text;

namespace MyProxy.Fuzz.Targets;

/// <summary>
/// Builds server responses from the protocol's vocabulary (myproxy-protocol.md): well formed often enough to
/// reach the parsers behind the decoder, broken often enough to exercise their refusals.
/// </summary>
internal static class Grammar
{
    private static readonly string[] Keys =
    [
        "VERSION", "RESPONSE", "ERROR", "AUTHORIZATION_DATA", "TRUSTED_CERTS", "FILEDATA_a.0", "CRED_NAME", "CRED_OWNER",
        "CRED_START_TIME", "CRED_END_TIME", "CRED_DESC", "CRED_RETRIEVER", "CRED_RENEWER", "CRED_KEYRETRIEVERS",
        "CRED_RETRIEVER_TRUSTED", "CRED_LOCKMSG", "ADDL_CREDS", "CRED_job_OWNER", "CRED_job_END_TIME", "CRED_job_DESC",
    ];

    private static readonly string[] Values =
    [
        "MYPROXYv2", "MYPROXYv1", "0", "1", "2", "3", "-1", "01", "", " ", "=", "a.0", "a.0,b.0", "../evil", "/", ".",
        "1764000000", "99999999999999999999", "-62135596801", "253402300800", "1.5", "job", "job,web", "a,,b",
        "YQ==", "Yg==", "not*base64", "====", "/DC=org/DC=example/CN=Alice", "*/CN=portal.example.org",
        "password:Enter MyProxy pass phrase:", "SASL:UExBSU4=", "SASL:", "SASL:!!", "X509_certificate:3f9c00",
        "X509_certificate_SHA256:a41e", "OIDC:token", ":data", "no colon", "\u00e9\u00ff", "\t",
    ];

    /// <summary>Keys, values and separators for the mutator's dictionary.</summary>
    public static IReadOnlyList<byte[]> Tokens { get; } =
    [
        .. Keys.Select(key => Encoding.Latin1.GetBytes(key + "=")),
        .. Values.Select(Encoding.Latin1.GetBytes),
        "\n"u8.ToArray(), [0], "VERSION=MYPROXYv2\nRESPONSE=0\n\0"u8.ToArray(), "FILEDATA_"u8.ToArray(), "CRED_"u8.ToArray(),
    ];

    public static byte[] AnyResponse(Random random) => Message(random, random.Next(0, 8), Keys);

    public static byte[] TrustRoots(Random random)
    {
        var names = Enumerable.Range(0, random.Next(0, 5)).Select(i => Pick(random, ["a.0", "b.0", "1a2b3c4d.0", "x.signing_policy", "../e", ".", "a.0"])).ToList();
        var text = new StringBuilder("VERSION=MYPROXYv2\nRESPONSE=0\n");
        text.Append("TRUSTED_CERTS=").AppendJoin(',', names).Append('\n');
        foreach (var name in names.Where(_ => random.Next(8) != 0))
        {
            text.Append("FILEDATA_").Append(name).Append('=').Append(Convert.ToBase64String(RandomBytes(random, 48))).Append('\n');
        }

        return Finish(random, text);
    }

    public static byte[] CredentialInfo(Random random)
    {
        string[] names = ["job", "web", "my_job", "START", "X_CRED"];
        string[] fields = ["NAME", "OWNER", "START_TIME", "END_TIME", "DESC", "RETRIEVER", "RENEWER", "KEYRETRIEVERS", "RETRIEVER_TRUSTED", "LOCKMSG"];
        var text = new StringBuilder("VERSION=MYPROXYv2\nRESPONSE=0\n");
        var listed = names.Where(_ => random.Next(3) == 0).ToList();
        for (var i = random.Next(0, 12); i > 0; i--)
        {
            var owner = random.Next(3) == 0 ? string.Empty : Pick(random, names) + "_";
            text.Append("CRED_").Append(owner).Append(Pick(random, fields)).Append('=').Append(Pick(random, Values)).Append('\n');
        }

        if (listed.Count > 0)
        {
            text.Append("ADDL_CREDS=").AppendJoin(',', listed).Append('\n');
        }

        return Finish(random, text);
    }

    public static byte[] Challenge(Random random)
    {
        var text = new StringBuilder("VERSION=MYPROXYv2\nRESPONSE=2\n");
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            var data = random.Next(3) == 0
                ? "SASL:" + Convert.ToBase64String(Encoding.ASCII.GetBytes(Pick(random, ["PLAIN GSSAPI", "", "\u0001", "A B\tC\n"])))
                : Pick(random, Values);
            text.Append("AUTHORIZATION_DATA=").Append(data).Append('\n');
        }

        return Finish(random, text);
    }

    private static byte[] Message(Random random, int lines, string[] keys)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines; i++)
        {
            text.Append(Pick(random, keys)).Append('=').Append(Pick(random, Values)).Append('\n');
        }

        return Finish(random, text);
    }

    private static byte[] Finish(Random random, StringBuilder text)
    {
        var bytes = Encoding.Latin1.GetBytes(text.ToString());
        return random.Next(8) == 0 ? bytes : [.. bytes, 0];
    }

    private static byte[] RandomBytes(Random random, int maxLength)
    {
        var bytes = new byte[random.Next(0, maxLength)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];
}
