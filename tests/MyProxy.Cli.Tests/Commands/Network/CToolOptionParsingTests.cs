namespace MyProxy.Cli.Tests.Commands.Network;

/// <summary>Every C tool's options, short and long, parse for the matching subcommand; others are refused.</summary>
public sealed class CToolOptionParsingTests
{
    private const string Common = "-s h -p 7512 -l u -d -v";
    private const string CommonLong = "--pshost h --psport 7512 --username u --dn_as_username --verbose";
    private const string Ours = "--timeout 5 --transport bouncycastle --crypto bouncycastle --key-type ec --bits 256 --json";

    private static readonly string[] Lines =
    [
        $"logon {Common} -t 2 -o f -a p -k n -S -T -b -n -N -q -m vo -m vo2 -Q r",
        $"logon {CommonLong} --proxy_lifetime 2 --out f --authorization p --credname n --stdin_pass --trustroots --bootstrap --no_passphrase --no_credentials --quiet --voms vo --certreq r",
        $"get-delegation {Common} -t 2 -o - {Ours}",
        $"init {Common} -c 168 -t 12 -C c -y k -a -A -x -X -r r -R r -Z z -S -n -k n -K d -L -m vo",
        $"init {CommonLong} --cred_lifetime 1 --proxy_lifetime 1 --certfile c --keyfile k --allow_anonymous_retrievers --allow_anonymous_renewers --regex_dn_match --match_cn_only --retrievable_by r --renewable_by r --retrievable_by_cert z --stdin_pass --no_passphrase --credname n --creddesc d --local_proxy --voms v",
        $"store {Common} -c c -y k -t 2 -a -A -x -X -r r -R r -Z z -E e -k n -K d",
        $"store {CommonLong} --certfile c --keyfile k --proxy_lifetime 2 --retrieve_key e --creddesc d",
        $"retrieve {Common} -a p -k n -c c -y k -S -T -n",
        $"retrieve {CommonLong} --authorization p --credname n --certfile c --keyfile k --stdin_pass --trustroots --no_passphrase",
        $"info {Common} -k n {Ours}",
        $"info {CommonLong} --credname n",
        $"destroy {Common} -k n",
        $"destroy {CommonLong} --credname n",
        $"change-passphrase {Common} -k n -S",
        $"change-passphrase {CommonLong} --credname n --stdin_pass",
    ];

    private static readonly string[] Refused =
    [
        "info -S",
        "destroy -t 2",
        "store -E",
        "retrieve -t 2",
        "change-passphrase -n",
        "init -o f",
        "logon --transport tls",
        "logon --key-type dsa",
        "logon --timeout 0",
    ];

    [TestCaseSource(nameof(Lines))]
    public void Parse_CToolOptions_HasNoErrors(string line)
    {
        var result = MyProxyCommandLine.Build().Parse(line.Split(' '));

        Assert.That(result.Errors.Select(e => e.Message), Is.Empty);
    }

    [TestCaseSource(nameof(Refused))]
    public void Parse_OptionTheCToolLacks_IsAnError(string line)
    {
        var result = MyProxyCommandLine.Build().Parse(line.Split(' '));

        Assert.That(result.Errors, Is.Not.Empty);
    }
}
