namespace MyProxy.IntegrationTests.Fixture;

/// <summary>Finds the checkout the tests were built from, so they can run its scripts.</summary>
internal static class RepositoryRoot
{
    public const string SolutionFileName = "MyProxy.sln";

    /// <summary>The nearest folder at or above <paramref name="startDirectory"/> that holds the solution file.</summary>
    public static string Locate(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No {SolutionFileName} at or above {startDirectory}; run the integration tests from a checkout of the repository.");
    }

    /// <summary>The repository holding the running test assembly.</summary>
    public static string OfTestAssembly() => Locate(AppContext.BaseDirectory);
}
