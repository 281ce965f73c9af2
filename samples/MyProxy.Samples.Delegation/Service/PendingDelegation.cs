using System.Security.Cryptography;

namespace MyProxy.Samples.Delegation.Service;

/// <summary>Step 2 of the delegation: the key the service made and keeps, and who asked (their leaf certificate, DER).</summary>
/// <param name="Id">The delegation's id, as the caller names it.</param>
/// <param name="Key">The private key; it never leaves the service.</param>
/// <param name="RequesterCertificate">The leaf the request was made for; only that credential may answer it.</param>
/// <param name="RequesterIsLimited">Whether the requester is a limited proxy, and so may delegate only limited proxies.</param>
internal sealed record PendingDelegation(string Id, AsymmetricAlgorithm Key, byte[] RequesterCertificate, bool RequesterIsLimited);
