using System.Globalization;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.IntegrationTests.Fixture;

/// <summary>The running sandbox myproxy-server, as described by the sandbox.env that scripts/sandbox.sh wrote.</summary>
public sealed class SandboxServer
{
    /// <summary>The name clients use; the host certificate says <c>CN=host/localhost</c>.</summary>
    public required string Host { get; init; }

    /// <summary>The loopback address the server listens on.</summary>
    public required string Address { get; init; }

    public required int Port { get; init; }

    public required string ServerSubject { get; init; }

    public required string Directory { get; init; }

    /// <summary>The server's trust store: hash-named CA certificates and signing policies.</summary>
    public required string CertificateDirectory { get; init; }

    public required string CACertificatePath { get; init; }

    /// <summary>The server's host certificate (PEM), CN <c>host/localhost</c>; the delegation sample's service uses it too.</summary>
    public required string HostCertificatePath { get; init; }

    /// <summary>The unencrypted key of <see cref="HostCertificatePath"/>.</summary>
    public required string HostKeyPath { get; init; }

    public required string CAKeyPath { get; init; }

    public required string CASubject { get; init; }

    public required string PidFile { get; init; }

    public required string LogFile { get; init; }

    public required SandboxUser Alice { get; init; }

    public required SandboxUser Bob { get; init; }

    /// <summary>A 24-hour RFC 3820 proxy of alice's (unencrypted), made on every start: a client credential.</summary>
    public required string AliceProxyPath { get; init; }

    /// <summary>alice's credential in the repository (its passphrase differs from her key's).</summary>
    public required SandboxCredential AliceCredential { get; init; }

    /// <summary>Whether the online CA (PAM accounts carol and dave) is configured; needs root to set up.</summary>
    public required bool OnlineCAAvailable { get; init; }

    public required SandboxAccount Carol { get; init; }

    public required SandboxAccount Dave { get; init; }

    public X509Certificate2 LoadCACertificate() => X509CertificateLoader.LoadCertificateFromFile(CACertificatePath);

    public static SandboxServer FromEnvironment(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        string Value(string key) => values.TryGetValue(key, out var value)
            ? value
            : throw new KeyNotFoundException($"{SandboxEnvironmentFile.FileName} has no {key}; scripts/sandbox.sh and the test fixture disagree.");

        return new SandboxServer
        {
            Host = Value("MYPROXY_SERVER"),
            Address = Value("MYPROXY_SERVER_ADDRESS"),
            Port = int.Parse(Value("MYPROXY_SERVER_PORT"), NumberStyles.None, CultureInfo.InvariantCulture),
            ServerSubject = Value("MYPROXY_SERVER_DN"),
            Directory = Value("SANDBOX_DIR"),
            CertificateDirectory = Value("X509_CERT_DIR"),
            CACertificatePath = Value("CA_CERT"),
            CAKeyPath = Value("CA_KEY"),
            HostCertificatePath = Value("HOST_CERT"),
            HostKeyPath = Value("HOST_KEY"),
            CASubject = Value("CA_SUBJECT"),
            PidFile = Value("SERVER_PID_FILE"),
            LogFile = Value("SERVER_LOG"),
            Alice = User(Value, "ALICE"),
            Bob = User(Value, "BOB"),
            AliceProxyPath = Value("ALICE_PROXY"),
            AliceCredential = new SandboxCredential
            {
                Username = Value("ALICE_CRED_USERNAME"),
                Passphrase = Value("ALICE_CRED_PASSPHRASE"),
                OwnerSubject = Value("ALICE_SUBJECT"),
            },
            OnlineCAAvailable = Value("ONLINE_CA") == "1",
            Carol = Account(Value, "CAROL"),
            Dave = Account(Value, "DAVE"),
        };
    }

    private static SandboxUser User(Func<string, string> value, string prefix) => new()
    {
        Subject = value($"{prefix}_SUBJECT"),
        CertificatePath = value($"{prefix}_CERT"),
        KeyPath = value($"{prefix}_KEY"),
        KeyPassphrase = value($"{prefix}_KEY_PASSPHRASE"),
    };

    private static SandboxAccount Account(Func<string, string> value, string prefix) => new()
    {
        Username = value($"{prefix}_USERNAME"),
        Password = value($"{prefix}_PASSWORD"),
        Subject = value($"{prefix}_SUBJECT"),
    };
}
