using System.Text.Json;

namespace SecureKernel.Cli;

/// <summary><c>redact</c>: PII and secrets, with offsets into the input text.</summary>
internal sealed class RedactVerb : ICliVerb
{
    private IReadOnlyCollection<string>? _entities;
    private RedactionOperator _operator = RedactionOperator.Replace;
    private readonly PiiRedactor _redactor = PiiRedactor.Default;

    public string Name => "redact";

    public string Summary => "PII and secret detection and redaction";

    public IReadOnlyList<(string Name, string Help)> Options { get; } =
    [
        ("entities", "TYPE,TYPE: entity types to find (default: all; e.g. EMAIL,PHONE,API_KEY)"),
        ("operator", "replace|mask|redact|hash: how found values are replaced (default replace)"),
    ];

    public string? Configure(CliOptions options, TextWriter stderr)
    {
        if (options.Get("entities") is string list)
        {
            var types = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.ToUpperInvariant()).Distinct().ToArray();
            var unknown = types.Where(t => !PiiEntityTypes.IsKnown(t)).ToArray();
            if (types.Length == 0) return "--entities must name at least one type.";
            if (unknown.Length > 0) return $"--entities: unknown type(s) {string.Join(", ", unknown)}; known: {string.Join(", ", PiiEntityTypes.All)}.";
            _entities = types;
        }

        switch (options.Get("operator") ?? "replace")
        {
            case "replace": _operator = RedactionOperator.Replace; break;
            case "mask": _operator = RedactionOperator.Mask; break;
            case "redact": _operator = RedactionOperator.Redact; break;
            case "hash": _operator = RedactionOperator.Hash; break;
            default: return "--operator must be 'replace', 'mask', 'redact' or 'hash'.";
        }

        return null;
    }

    public ValueTask ProcessAsync(IReadOnlyList<CliInput> batch, Action<CliInput, Action<Utf8JsonWriter>> writeLine, CancellationToken cancellationToken)
    {
        foreach (var input in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // One session per line: placeholders are numbered within a text (<EMAIL_1>, <EMAIL_2>).
            var result = _redactor.Redact(input.Text, _operator, new RedactionOptions { EntityTypes = _entities, Session = new RedactionSession() });
            writeLine(input, w =>
            {
                w.WriteString("redacted", result.Text);
                w.WriteStartArray("entities");
                foreach (var e in result.Entities)
                {
                    w.WriteStartObject();
                    w.WriteString("type", e.Type);
                    w.WriteNumber("start", e.Start);
                    w.WriteNumber("end", e.End);
                    w.WriteNumber("score", Math.Round(e.Score, 4));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
        }

        return ValueTask.CompletedTask;
    }
}
