using System.Text.Json.Serialization;

namespace MyProxy.Cli.Commands.GetTrustRoots;

/// <summary>The <c>--json</c> output of <c>myproxy get-trustroots</c>.</summary>
/// <param name="Directory">The trust directory the files went to.</param>
/// <param name="Installed">The full path of each file written.</param>
/// <param name="BootstrappedCa">The CA a bootstrap trusted, or <see langword="null"/>.</param>
internal sealed record GetTrustRootsReport(string Directory, IReadOnlyList<string> Installed, BootstrappedCaReport? BootstrappedCa);

/// <summary>The CA trusted by <c>-b</c>.</summary>
/// <param name="Subject">Its subject, slash form.</param>
/// <param name="Sha256">SHA-256 of its DER, colon-separated hex pairs.</param>
internal sealed record BootstrappedCaReport(string Subject, string Sha256);

/// <summary>Source-generated (AOT-safe) serialization of the report.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(GetTrustRootsReport))]
internal sealed partial class GetTrustRootsJsonContext : JsonSerializerContext;
