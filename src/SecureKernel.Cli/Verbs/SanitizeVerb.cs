using System.Text.Json;

namespace SecureKernel.Cli;

/// <summary><c>sanitize</c>: model output made safe to render (HTML and Markdown, one URL egress policy).</summary>
internal sealed class SanitizeVerb : ICliVerb
{
    private OutputSanitizer? _sanitizer;
    private string? _format;

    public string Name => "sanitize";

    public string Summary => "model output made safe to render (HTML or Markdown input)";

    public IReadOnlyList<(string Name, string Help)> Options { get; } =
    [
        ("allow-host", "HOST: a host whose links and images may stay (repeatable; subdomains included)"),
        ("format", "html|markdown: input format for every line (default: each line's \"format\" field, else markdown)"),
    ];

    public string? Configure(CliOptions options, TextWriter stderr)
    {
        _format = options.Get("format");
        if (_format is not (null or "html" or "markdown")) return "--format must be 'html' or 'markdown'.";
        var sanitizerOptions = new OutputSanitizerOptions();
        foreach (var host in options.GetAll("allow-host")) sanitizerOptions.AllowedHosts.Add(host);
        var errors = sanitizerOptions.Validate();
        if (errors.Count > 0) return "--allow-host: " + string.Join("; ", errors);
        _sanitizer = new OutputSanitizer(sanitizerOptions);
        return null;
    }

    public string? ValidateInput(CliInput input) =>
        _format is null && input.Root.TryGetProperty("format", out var f) && !(f.ValueKind == JsonValueKind.String && f.GetString() is "html" or "markdown")
            ? "\"format\" must be \"html\" or \"markdown\""
            : null;

    public ValueTask ProcessAsync(IReadOnlyList<CliInput> batch, Action<CliInput, Action<Utf8JsonWriter>> writeLine, CancellationToken cancellationToken)
    {
        var sanitizer = _sanitizer ?? throw new InvalidOperationException("sanitize was not configured.");
        foreach (var input in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string format = _format ?? (input.Root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()! : "markdown");
            SanitizedOutput result;
            try
            {
                result = format switch
                {
                    "html" => sanitizer.SanitizeHtml(input.Text),
                    "markdown" => sanitizer.SanitizeMarkdown(input.Text),
                    _ => sanitizer.SanitizeMarkdown(input.Text),
                };
            }
            catch (ArgumentException)
            {
                // Too long for the sanitizer: nothing unsafe is emitted; the line says why.
                writeLine(input, w =>
                {
                    w.WriteString("html", "");
                    w.WriteNull("markdown");
                    CliJson.WriteFindings(w, [new SecurityFinding(FindingKind.UnsafeMarkup, "input.too_long", 1, "cli")]);
                });
                continue;
            }

            writeLine(input, w =>
            {
                w.WriteString("html", result.Html);
                if (result.Markdown is null) w.WriteNull("markdown");
                else w.WriteString("markdown", result.Markdown);
                CliJson.WriteFindings(w, result.Findings);
            });
        }

        return ValueTask.CompletedTask;
    }
}
