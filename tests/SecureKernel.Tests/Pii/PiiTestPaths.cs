namespace SecureKernel.Tests.Pii;

internal static class PiiTestPaths
{
    public static string? RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SecureKernel.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName;
    }

    public static string? Shared()
    {
        // Local worktrees can point at the shared folder explicitly; CI has it at ../shared.
        string? overridden = Environment.GetEnvironmentVariable("SECUREKERNEL_SHARED_DIR");
        if (!string.IsNullOrEmpty(overridden) && Directory.Exists(overridden))
        {
            return overridden;
        }

        string? root = RepoRoot();
        if (root is null)
        {
            return null;
        }

        string shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        return Directory.Exists(shared) ? shared : null;
    }
}
