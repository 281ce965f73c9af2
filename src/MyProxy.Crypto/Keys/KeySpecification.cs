namespace MyProxy.Crypto.Keys;

/// <summary>What key to generate: RSA of a size, or an EC curve.</summary>
public sealed record KeySpecification
{
    /// <summary>The smallest RSA key this library generates.</summary>
    public const int MinimumRsaBits = 1024;

    /// <summary>The largest RSA key this library generates.</summary>
    public const int MaximumRsaBits = 8192;

    private KeySpecification(KeyAlgorithm algorithm, int sizeInBits)
    {
        Algorithm = algorithm;
        SizeInBits = sizeInBits;
    }

    /// <summary>RSA-2048, the grid default (grid-proxy-init, myproxy-logon).</summary>
    public static KeySpecification Default { get; } = new(KeyAlgorithm.Rsa, 2048);

    /// <summary>ECDSA P-256.</summary>
    public static KeySpecification EcP256 { get; } = new(KeyAlgorithm.EcP256, 256);

    /// <summary>ECDSA P-384.</summary>
    public static KeySpecification EcP384 { get; } = new(KeyAlgorithm.EcP384, 384);

    /// <summary>The key family.</summary>
    public KeyAlgorithm Algorithm { get; }

    /// <summary>Modulus length for RSA, curve size for EC.</summary>
    public int SizeInBits { get; }

    /// <summary>An RSA key of <paramref name="bits"/> bits.</summary>
    /// <param name="bits">Between <see cref="MinimumRsaBits"/> and <see cref="MaximumRsaBits"/>, a multiple of 8.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The size is out of range.</exception>
    public static KeySpecification Rsa(int bits = 2048)
    {
        if (bits is < MinimumRsaBits or > MaximumRsaBits || bits % 8 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bits), bits,
                $"An RSA key must have between {MinimumRsaBits} and {MaximumRsaBits} bits, in multiples of 8.");
        }

        return new KeySpecification(KeyAlgorithm.Rsa, bits);
    }

    /// <inheritdoc/>
    public override string ToString() => Algorithm == KeyAlgorithm.Rsa ? $"RSA-{SizeInBits}" : Algorithm == KeyAlgorithm.EcP256 ? "EC P-256" : "EC P-384";
}
