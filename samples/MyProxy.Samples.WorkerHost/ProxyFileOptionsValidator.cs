using Microsoft.Extensions.Options;

namespace MyProxy.Samples.WorkerHost;

/// <summary>Names each bad setting at start, before anything connects.</summary>
internal sealed class ProxyFileOptionsValidator : IValidateOptions<ProxyFileOptions>
{
    private const string Section = "MyProxy";

    public ValidateOptionsResult Validate(string? name, ProxyFileOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Username))
        {
            failures.Add($"{Section}:Username is not set (environment: {Section}__Username).");
        }

        if (string.IsNullOrEmpty(options.Passphrase))
        {
            failures.Add($"{Section}:Passphrase is not set (environment: {Section}__Passphrase).");
        }

        if (options.OutputPath is { Length: 0 })
        {
            failures.Add($"{Section}:OutputPath is empty; leave it unset for the default proxy file.");
        }

        if (options.RefreshFraction is <= 0 or >= 1 || double.IsNaN(options.RefreshFraction))
        {
            failures.Add($"{Section}:RefreshFraction must be between 0 and 1 (exclusive), for example 0.25.");
        }

        if (options.RefreshBefore is { } before && before <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:RefreshBefore must be positive, for example 01:00:00.");
        }

        if (options.RetryDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.RetryDelay)
        {
            failures.Add($"{Section}:RetryDelay must be positive and no longer than {Section}:MaxRetryDelay.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
