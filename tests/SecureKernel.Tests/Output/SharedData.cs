using System.Text.Json;

namespace SecureKernel.Tests.Output;

/// <summary>Locates ../shared relative to the repository root and loads the external vector files.</summary>
internal static class SharedData
{
    public static string? Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SecureKernel.sln"))) dir = dir.Parent;
        string? shared = dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        if (shared is not null && Directory.Exists(Path.Combine(shared, "external"))) return shared;

        // A git worktree may live elsewhere; SECUREKERNEL_SHARED_DIR names the shared folder explicitly.
        shared = Environment.GetEnvironmentVariable("SECUREKERNEL_SHARED_DIR");
        return !string.IsNullOrEmpty(shared) && Directory.Exists(Path.Combine(shared, "external")) ? shared : null;
    }

    public static string RequireExternal()
    {
        string? root = Root();
        if (root is null) Assert.Inconclusive("../shared/external is not present next to the repository.");
        return Path.Combine(root!, "external");
    }

    /// <summary>Every XSS vector: (set, id, payload).</summary>
    public static List<(string Set, string Id, string Payload)> XssVectors()
    {
        string ext = RequireExternal();
        var list = new List<(string, string, string)>();
        Add(list, "dompurify", Path.Combine(ext, "dompurify-vectors.json"));
        Add(list, "htmlsanitizer", Path.Combine(ext, "xss-extra", "htmlsanitizer-tests.json"));
        Add(list, "owasp", Path.Combine(ext, "xss-extra", "owasp-xss-filter-evasion.json"));
        string pat = Path.Combine(ext, "xss-extra", "payloadsallthethings-xss-intruders.json");
        if (File.Exists(pat)) Add(list, "payloadsallthethings", pat);
        return list;
    }

    private static void Add(List<(string, string, string)> list, string set, string path)
    {
        if (!File.Exists(path)) Assert.Inconclusive($"{path} is missing.");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var row in doc.RootElement.EnumerateArray())
        {
            string id = row.TryGetProperty("id", out var i) ? i.ToString() : list.Count.ToString();
            string? payload = row.GetProperty("payload").GetString();
            if (payload is not null) list.Add((set, id, payload));
        }
    }

    /// <summary>The Markdown exfiltration shapes: (id, channel, markdown).</summary>
    public static List<(string Id, string Category, string Channel, string Markdown)> Shapes()
    {
        string path = Path.Combine(RequireExternal(), "markdown-exfil", "shapes.json");
        if (!File.Exists(path)) Assert.Inconclusive($"{path} is missing.");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.EnumerateArray()
            .Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("category").GetString()!, r.GetProperty("channel").GetString()!, r.GetProperty("markdown").GetString()!))
            .ToList();
    }
}
