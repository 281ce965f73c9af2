using System.Text.Json.Serialization;

namespace MyProxy.Cli.Commands.Proxy;

/// <summary>Source-generated JSON for the <c>proxy</c> commands' <c>--json</c> output (no reflection, safe for AOT).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ProxyInfoDocument))]
[JsonSerializable(typeof(ProxyVerifyDocument))]
internal sealed partial class ProxyJsonContext : JsonSerializerContext;
