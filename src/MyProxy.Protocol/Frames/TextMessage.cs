namespace MyProxy.Protocol.Frames;

/// <summary>How a binary frame decoder recognises a text message sent in its place.</summary>
internal static class TextMessage
{
    /// <summary>Every server text message starts with <c>VERSION=</c>; no DER element or sane count starts with 'V'.</summary>
    public const byte FirstByte = (byte)'V';
}
