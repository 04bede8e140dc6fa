using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SecureKernel;

/// <summary>The security posture of a SecureKernel configuration: every control and every risky setting.</summary>
public sealed class PostureReport
{
    /// <summary>Names of the frameworks the controls are mapped to.</summary>
    public const string Frameworks = "OWASP Top 10 for LLM Applications 2025; MITRE ATLAS; NIST AI RMF 1.0";

    internal PostureReport(GuardMode mode, DateTimeOffset generatedAt, IReadOnlyList<PostureControl> controls, IReadOnlyList<PostureRisk> risks)
    {
        Mode = mode;
        GeneratedAt = generatedAt;
        Controls = controls;
        Risks = risks;
    }

    /// <summary>Enforce or observe.</summary>
    public GuardMode Mode { get; }

    /// <summary>When the report was made.</summary>
    public DateTimeOffset GeneratedAt { get; }

    /// <summary>Every control, on or off.</summary>
    public IReadOnlyList<PostureControl> Controls { get; }

    /// <summary>Risky settings, most severe first.</summary>
    public IReadOnlyList<PostureRisk> Risks { get; }

    /// <summary>The report as indented JSON (snake-case names).</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("generated_at", GeneratedAt.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("mode", Mode.ToString().ToLowerInvariant());
            w.WriteString("frameworks", Frameworks);
            w.WriteStartObject("summary");
            w.WriteNumber("controls", Controls.Count);
            w.WriteNumber("controls_on", Controls.Count(c => c.Enabled));
            foreach (PostureRiskSeverity s in Enum.GetValues<PostureRiskSeverity>().Reverse())
                w.WriteNumber("risks_" + s.ToString().ToLowerInvariant(), Risks.Count(r => r.Severity == s));
            w.WriteEndObject();
            w.WriteStartArray("controls");
            foreach (var c in Controls)
            {
                w.WriteStartObject();
                w.WriteString("id", c.Id);
                w.WriteString("name", c.Name);
                w.WriteBoolean("enabled", c.Enabled);
                w.WriteStartObject("settings");
                foreach (var (k, v) in c.Settings) w.WriteString(k, v);
                w.WriteEndObject();
                WriteArray(w, "owasp", c.Owasp);
                WriteArray(w, "atlas", c.Atlas);
                WriteArray(w, "nist", c.Nist);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("risks");
            foreach (var r in Risks)
            {
                w.WriteStartObject();
                w.WriteString("id", r.Id);
                w.WriteString("severity", r.Severity.ToString().ToLowerInvariant());
                w.WriteString("control", r.Control);
                w.WriteString("message", r.Message);
                WriteArray(w, "owasp", r.Owasp);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The report as a Markdown document for a risk-assessment record.</summary>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine("# SecureKernel security posture").AppendLine();
        sb.Append("- Generated: ").AppendLine(GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture));
        sb.Append("- Mode: **").Append(Mode.ToString().ToLowerInvariant()).AppendLine("**");
        sb.Append("- Controls: ").Append(Controls.Count(c => c.Enabled)).Append(" on of ").Append(Controls.Count).AppendLine();
        sb.Append("- Risks: ").AppendJoin(", ", Enum.GetValues<PostureRiskSeverity>().Reverse().Select(s => $"{Risks.Count(r => r.Severity == s)} {s.ToString().ToLowerInvariant()}")).AppendLine();
        sb.Append("- Frameworks: ").AppendLine(Frameworks).AppendLine();

        sb.AppendLine("## Risks").AppendLine();
        if (Risks.Count == 0) sb.AppendLine("No risky configuration found.");
        else
        {
            sb.AppendLine("| Severity | Risk | Control | OWASP | Details |");
            sb.AppendLine("|---|---|---|---|---|");
            foreach (var r in Risks)
                sb.Append("| ").Append(r.Severity.ToString().ToLowerInvariant()).Append(" | `").Append(r.Id).Append("` | `").Append(Cell(r.Control)).Append("` | ")
                  .Append(string.Join(", ", r.Owasp)).Append(" | ").Append(Cell(r.Message)).AppendLine(" |");
        }

        sb.AppendLine().AppendLine("## Controls").AppendLine();
        sb.AppendLine("| Control | On | Settings | OWASP LLM 2025 | MITRE ATLAS | NIST AI RMF |");
        sb.AppendLine("|---|---|---|---|---|---|");
        foreach (var c in Controls)
        {
            sb.Append("| ").Append(Cell(c.Name)).Append(" (`").Append(Cell(c.Id)).Append("`) | ").Append(c.Enabled ? "on" : "**off**").Append(" | ")
              .Append(Cell(string.Join("; ", c.Settings.Select(p => $"{p.Key}={p.Value}")))).Append(" | ")
              .Append(string.Join(", ", c.Owasp)).Append(" | ").Append(string.Join(", ", c.Atlas)).Append(" | ").Append(string.Join(", ", c.Nist)).AppendLine(" |");
        }

        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static void WriteArray(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
