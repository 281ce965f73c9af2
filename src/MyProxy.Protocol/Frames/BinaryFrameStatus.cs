namespace MyProxy.Protocol.Frames;

/// <summary>What an incremental binary-frame decoder found at the start of the buffer.</summary>
public enum BinaryFrameStatus
{
    /// <summary>The frame is not complete yet: read more bytes and call again. Nothing was consumed.</summary>
    NeedMoreData = 0,

    /// <summary>A whole frame was decoded and consumed; what follows it is left in the buffer.</summary>
    Complete = 1,

    /// <summary>
    /// The server sent a text message (it starts with <c>'V'</c> of <c>VERSION=</c>) where binary data was
    /// expected — in practice an error response. Nothing was consumed: decode the buffer as a response.
    /// </summary>
    ServerMessage = 2,
}
