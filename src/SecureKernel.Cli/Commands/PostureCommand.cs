using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecureKernel.Cli;

/// <summary>
/// <c>securekernel posture [--config FILE.json] [--format json|markdown] [--output FILE|-]</c>: the posture report of a
/// configuration (the defaults when no file is given). The file is <see cref="SecureKernelOptions"/> as JSON (property
/// names case-insensitive, enums as names, time spans as <c>"hh:mm:ss"</c>), optionally under a top-level
/// <c>"SecureKernel"</c> property as in appsettings.json. Exit 0 ok, 2 bad arguments or an invalid config (every error listed on stderr).
/// </summary>
internal sealed class PostureCommand : ICliCommand
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        MaxDepth = 32,
    };

    public string Name => "posture";

    public string Summary => "posture [--config FILE.json] [--format json|markdown]: controls, framework mapping, risky settings";

    public string Usage => """
        usage: securekernel posture [--config FILE.json] [--format json|markdown] [--output FILE|-]
        Lists every control of a SecureKernel configuration, on or off with its settings, mapped to OWASP Top 10 for
        LLM Applications 2025, MITRE ATLAS and NIST AI RMF, and flags risky settings.
          --config FILE.json   SecureKernelOptions as JSON (or under a top-level "SecureKernel" property); default: the defaults
          --format json|markdown   default json
          --output FILE|-      default stdout
        exit codes: 0 ok, 2 bad arguments, unreadable or invalid config (every error listed on stderr)
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var (options, exit) = await CommandArguments.ParseOrReportAsync(args, Usage, stderr, [], "config", "format", "output");
        if (options is null) return exit;

        string format = options.Get("format") ?? "json";
        if (format is not ("json" or "markdown")) return await Fail(stderr, $"--format must be json or markdown, got '{format}'.");

        SecureKernelOptions config;
        if (options.Get("config") is { } path)
        {
            var (loaded, errors) = Load(path);
            if (loaded is null)
            {
                foreach (string e in errors) await stderr.WriteLineAsync("securekernel: config: " + e);
                return CliExitCodes.BadArguments;
            }

            config = loaded;
        }
        else
        {
            config = new SecureKernelOptions();
        }

        var report = SecurityPosture.Evaluate(config);
        string text = format == "json" ? report.ToJson() : report.ToMarkdown();
        if (!await CommandOutput.WriteAsync(options.Get("output"), text, stdout, stderr, cancellationToken)) return CliExitCodes.BadArguments;

        return CliExitCodes.Success;
    }

    /// <summary>Reads and validates a config file; returns the options, or null and every error.</summary>
    internal static (SecureKernelOptions? Options, IReadOnlyList<string> Errors) Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, [$"cannot read '{path}': {ex.GetType().Name}."]);
        }

        SecureKernelOptions? options;
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 32 });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, ["the config must be a JSON object."]);
            foreach (var p in root.EnumerateObject())
            {
                if (string.Equals(p.Name, "SecureKernel", StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.Object && root.EnumerateObject().Count() == 1)
                    root = p.Value;
            }

            options = root.Deserialize<SecureKernelOptions>(s_json);
        }
        catch (JsonException ex)
        {
            return (null, [ex.Message]);
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return (null, [$"the config could not be bound: {ex.Message}"]);
        }

        if (options is null) return (null, ["the config is null."]);
        if (options.Tools?.Policies is { } policies)
            options.Tools.Policies = new Dictionary<string, ToolPolicy>(policies.Where(p => p.Key is not null), StringComparer.OrdinalIgnoreCase);
        if (options.Profiles is { } profiles)
        {
            options.Profiles = new Dictionary<string, TrustProfile>(profiles, StringComparer.OrdinalIgnoreCase);
            foreach (var profile in options.Profiles.Values)
            {
                if (profile?.Tools?.Policies is { } pp)
                    profile.Tools.Policies = new Dictionary<string, ToolPolicy>(pp.Where(p => p.Key is not null), StringComparer.OrdinalIgnoreCase);
            }
        }
        var errors = options.Validate();
        return errors.Count > 0 ? (null, errors) : (options, []);
    }

    private Task<int> Fail(TextWriter stderr, string message) => CommandArguments.FailAsync(stderr, message, Usage);
}
