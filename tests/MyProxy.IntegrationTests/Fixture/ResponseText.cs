namespace MyProxy.IntegrationTests.Fixture;

/// <summary>
/// Splits a server text message into its KEY=value lines, for assertions until the Protocol codec is wired in.
/// Keys may repeat (one ERROR line per line of the server's error).
/// </summary>
internal static class ResponseText
{
    public static IReadOnlyList<KeyValuePair<string, string>> Lines(string message) =>
        message.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .Select(parts => KeyValuePair.Create(parts[0], parts.Length > 1 ? parts[1] : string.Empty))
            .ToList();

    public static IReadOnlyList<string> Values(string message, string key) =>
        Lines(message).Where(line => line.Key == key).Select(line => line.Value).ToList();

    public static string Value(string message, string key) =>
        Values(message, key).Single();
}
