namespace SecureKernel.Tests.Infrastructure;

/// <summary>
/// Scratch folders for tests (copied model folders, audit files): all under one folder per test run, which is deleted when the
/// run ends, so test runs do not leave folders behind in the temp directory.
/// </summary>
[TestClass]
public static class TestScratch
{
    private static readonly string s_root = Path.Combine(Path.GetTempPath(), "securekernel-tests", $"{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>A new, empty folder named <paramref name="prefix"/> plus a unique suffix inside this run's scratch folder.</summary>
    public static string NewDirectory(string prefix)
    {
        string dir = Path.Combine(s_root, prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    [AssemblyCleanup]
    public static void DeleteRunFolder()
    {
        try
        {
            if (Directory.Exists(s_root))
            {
                Directory.Delete(s_root, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A model file still open by a session that outlived its test (Windows keeps such files): left for the OS to clean.
        }
    }
}
