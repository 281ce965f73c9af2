using System.Reflection;

namespace MyProxy.Client.Tests;

/// <summary>Dependencies point downward only: Client may use the layers below it, never those above.</summary>
public sealed class LayeringTests
{
    private static readonly string[] AllowedProjectReferences = ["MyProxy.Protocol", "MyProxy.Crypto", "MyProxy.Transport"];

    [Test]
    public void ReferencedAssemblies_OfMyProxyClient_AreOnlyLowerLayers()
    {
        var assembly = Assembly.Load("MyProxy.Client");

        var projectReferences = assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name ?? string.Empty)
            .Where(name => name.StartsWith("MyProxy", StringComparison.Ordinal) || name == "myproxy");

        Assert.That(projectReferences, Is.SubsetOf(AllowedProjectReferences));
    }
}
