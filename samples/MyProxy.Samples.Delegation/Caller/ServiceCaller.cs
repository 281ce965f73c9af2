using System.Net;
using System.Text.Json;

namespace MyProxy.Samples.Delegation.Caller;

/// <summary>One credential's calls to the service, each printed as <c>[who] METHOD /path -> status answer</c> and compared with the status expected.</summary>
internal sealed class ServiceCaller(string who, HttpClient http, TextWriter output) : IDisposable
{
    /// <summary>How many answers had another status than expected.</summary>
    public int Surprises { get; private set; }

    public string Who => who;

    public async Task<string> CallAsync(HttpMethod method, string path, object? body, HttpStatusCode expected, CancellationToken cancellationToken, Func<string, string>? show = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var surprise = response.StatusCode == expected ? string.Empty : $"   <-- expected {(int)expected}";
        Surprises += surprise.Length > 0 ? 1 : 0;
        await output.WriteLineAsync($"[{who}] {method} /{path} -> {(int)response.StatusCode} {(show is not null && response.StatusCode == expected ? show(text) : Readable(text))}{surprise}");
        return text;
    }

    public void Dispose() => http.Dispose();

    // Refusals come as plain text or as a JSON string; show both as text.
    private static string Readable(string text)
    {
        if (!text.StartsWith('"'))
        {
            return text;
        }

        try
        {
            return JsonSerializer.Deserialize<string>(text) ?? text;
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
