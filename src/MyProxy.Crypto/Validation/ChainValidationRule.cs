namespace MyProxy.Crypto.Validation;

/// <summary>The rules of chain validation, each a reason a chain can fail.</summary>
public enum ChainValidationRule
{
    /// <summary>The chain is empty or could not be parsed.</summary>
    MalformedChain,
}
