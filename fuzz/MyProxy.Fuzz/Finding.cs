using System.Security.Cryptography;

namespace MyProxy.Fuzz;

/// <summary>An input that broke the target's contract, and how.</summary>
/// <param name="Kind">"exception", "contract", "allocation" or "hang".</param>
/// <param name="Detail">The exception or the measurement.</param>
/// <param name="Input">The input that caused it.</param>
internal sealed record Finding(string Kind, string Detail, FuzzInput Input)
{
    /// <summary>Writes the input (replayable as a corpus file) and a note beside it; returns the input's path.</summary>
    public string Save(string directory)
    {
        Directory.CreateDirectory(directory);
        var name = $"{Kind}-{Convert.ToHexStringLower(SHA256.HashData(Input.Data))[..16]}";
        var path = Path.Combine(directory, name + ".bin");
        File.WriteAllBytes(path, Input.Data);
        var limits = ReferenceEquals(Input.Limits, FuzzInput.Tight) ? "tight" : "default";
        File.WriteAllText(Path.Combine(directory, name + ".txt"), $"limits={limits} delivery={Input.Delivery}\n{Detail}\n");
        return path;
    }
}
