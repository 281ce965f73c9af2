namespace MyProxy.Client;

/// <summary>
/// An opt-in pool of pre-generated logon keys for hosts that log on often (<see cref="MyProxyClientOptions.KeyPool"/>).
/// The keys have the client's <see cref="MyProxyClientOptions.KeyType"/> and <see cref="MyProxyClientOptions.KeySize"/>,
/// live only in the client's memory (never on disk), are each used for one logon only, and are disposed with the client.
/// </summary>
public sealed class MyProxyKeyPoolOptions
{
    /// <summary>The largest number of keys a pool can hold.</summary>
    public const int MaximumSize = 1024;

    /// <summary>The largest number of background threads that refill the pool.</summary>
    public const int MaximumRefillConcurrency = 64;

    /// <summary>How many keys to keep ready; 0 (the default) turns the pool off and every logon generates its own key.</summary>
    public int Size { get; set; }

    /// <summary>How many keys the background refill generates at once (1 by default; at most the number of cores is useful).</summary>
    public int RefillConcurrency { get; set; } = 1;
}
