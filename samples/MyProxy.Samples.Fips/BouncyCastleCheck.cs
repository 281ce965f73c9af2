namespace MyProxy.Samples.Fips;

/// <summary>Whether BouncyCastle's assembly was ever loaded: code that never ran cannot have done any crypto.</summary>
internal static class BouncyCastleCheck
{
    public const string AssemblyName = "BouncyCastle.Cryptography";

    public static bool IsLoaded() =>
        AppDomain.CurrentDomain.GetAssemblies().Any(assembly => assembly.GetName().Name == AssemblyName);
}
