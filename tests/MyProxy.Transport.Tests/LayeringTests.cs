using System.Reflection;

namespace MyProxy.Transport.Tests;

/// <summary>Dependencies point downward only: Transport may use the layers below it, never those above.</summary>
public sealed class LayeringTests
{
    private static readonly string[] AllowedProjectReferences = ["MyProxy.Protocol", "MyProxy.Crypto"];

    [Test]
    public void ReferencedAssemblies_OfMyProxyTransport_AreOnlyLowerLayers()
    {
        var assembly = Assembly.Load("MyProxy.Transport");

        var projectReferences = assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name ?? string.Empty)
            .Where(name => name.StartsWith("MyProxy", StringComparison.Ordinal) || name == "myproxy");

        Assert.That(projectReferences, Is.SubsetOf(AllowedProjectReferences));
    }
}
