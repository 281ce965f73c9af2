using System.Buffers;
using MyProxy.Protocol.Frames;

namespace MyProxy.Transport;

/// <summary>
/// Decodes one binary frame (a certificate chain, a certificate request, a credential) from the start of
/// <paramref name="buffer"/>, as the Protocol decoders do, for <see cref="MyProxyResponseReader.ReadFrameAsync{T}"/>.
/// </summary>
/// <typeparam name="T">The frame.</typeparam>
/// <param name="buffer">The bytes received; on <see cref="BinaryFrameStatus.Complete"/>, what follows the frame.</param>
/// <param name="isFinalBlock">Whether the server has closed the connection (no more bytes will come).</param>
/// <param name="frame">The frame, on <see cref="BinaryFrameStatus.Complete"/>.</param>
/// <returns>Whether the frame is complete, needs more bytes, or a text message stands in its place.</returns>
public delegate BinaryFrameStatus MyProxyFrameDecoder<T>(ref ReadOnlySequence<byte> buffer, bool isFinalBlock, out T? frame);
