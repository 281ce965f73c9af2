namespace MyProxy.Cli.Commands.Proxy;

/// <summary>One broken rule in <see cref="ProxyVerifyDocument"/>.</summary>
/// <param name="Certificate">The position in the chain (0 = leaf; -1 = the chain as a whole).</param>
/// <param name="Subject">That certificate's subject.</param>
/// <param name="Rule">The rule, as named by <c>ChainValidationRule</c>.</param>
/// <param name="Message">What was wrong.</param>
internal sealed record ProxyVerifyFailure(int Certificate, string Subject, string Rule, string Message);
