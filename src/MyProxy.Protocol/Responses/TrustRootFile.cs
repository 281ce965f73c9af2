namespace MyProxy.Protocol.Responses;

/// <summary>
/// One file of the server's trust-root directory (a CA certificate <c>&lt;hash&gt;.0</c>, a signing policy,
/// a CRL <c>&lt;hash&gt;.r0</c>, ...) from <c>TRUSTED_CERTS=</c> and <c>FILEDATA_&lt;name&gt;=</c>.
/// </summary>
/// <param name="FileName">
/// The file name exactly as the server sent it, never empty. Not sanitised: it may contain <c>/</c> or start
/// with a dot, so check it before using it as a path.
/// </param>
/// <param name="Contents">The decoded file contents.</param>
public sealed record TrustRootFile(string FileName, ReadOnlyMemory<byte> Contents);
