using System.Text.Json.Serialization;

namespace MyProxy.Cli.Commands.Network;

/// <summary>Source-generated JSON for the network commands' <c>--json</c> (no reflection, safe for AOT).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(NetworkResultDocument))]
[JsonSerializable(typeof(NetworkErrorDocument))]
internal sealed partial class NetworkJsonContext : JsonSerializerContext;
