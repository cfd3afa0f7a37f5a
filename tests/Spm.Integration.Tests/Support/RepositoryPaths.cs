namespace Spm.Integration.Tests.Support;

/// <summary>Files the tests read from the source tree rather than from their output folder.</summary>
internal static class RepositoryPaths
{
    /// <summary>The environment variable that points at the shared corpus of real saves (the <c>excel-saves</c> folder itself).</summary>
    public const string CorpusVariable = "SPM_CORPUS";

    /// <summary>The clone's root: the nearest folder above the test binaries that holds <c>Serverless.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Where the shared corpus of files saved by Excel, Google Sheets and others is: <c>$SPM_CORPUS</c>, else <c>../shared/corpus/excel-saves</c> beside the clone.</summary>
    public static string ExcelSaves =>
        Environment.GetEnvironmentVariable(CorpusVariable) is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "excel-saves"));

    /// <summary>The fixtures of another test project, such as <c>tests/Spm.Infrastructure.Tests/Fixtures</c>.</summary>
    public static string Fixtures(string testProject) => Path.Combine(Root, "tests", testProject, "Fixtures");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Serverless.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Serverless.sln above {AppContext.BaseDirectory}: the tests must run from a clone.");
    }
}
