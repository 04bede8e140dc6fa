using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SecureKernel.Testing;

/// <summary>The result of a red-team run: every case with and without SecureKernel, summarized per kind.</summary>
public sealed class RedTeamReport
{
    private static readonly JsonWriterOptions s_writer = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Creates a report from case results.</summary>
    /// <param name="corpusVersion">The corpus version the cases came from (0 for custom cases).</param>
    /// <param name="streaming">Whether the runs streamed.</param>
    /// <param name="results">The case results (both runs).</param>
    public RedTeamReport(int corpusVersion, bool streaming, IReadOnlyList<RedTeamCaseResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        CorpusVersion = corpusVersion;
        Streaming = streaming;
        Results = results;
        RedTeamAttackKind[] kinds = [.. Enum.GetValues<RedTeamAttackKind>().Where(k => results.Any(r => r.Kind == k))];
        Kinds = kinds;
        Summaries = [.. kinds.SelectMany(k => new[] { RedTeamKindSummary.From(k, false, results), RedTeamKindSummary.From(k, true, results) }),
            RedTeamKindSummary.From(null, false, results), RedTeamKindSummary.From(null, true, results)];
    }

    /// <summary>The corpus version.</summary>
    public int CorpusVersion { get; }

    /// <summary>Whether the runs streamed.</summary>
    public bool Streaming { get; }

    /// <summary>The kinds that had cases, in enum order.</summary>
    public IReadOnlyList<RedTeamAttackKind> Kinds { get; }

    /// <summary>Every case result.</summary>
    public IReadOnlyList<RedTeamCaseResult> Results { get; }

    /// <summary>Per kind and run, then the totals (kind null).</summary>
    public IReadOnlyList<RedTeamKindSummary> Summaries { get; }

    /// <summary>The attacks that reached their goal with SecureKernel on.</summary>
    public IReadOnlyList<RedTeamCaseResult> ProtectedSuccesses => [.. Results.Where(r => r.Protected && r.AttackSucceeded)];

    /// <summary>The summary of one kind (null = all kinds) in one run.</summary>
    /// <param name="kind">The kind, or null for the total.</param>
    /// <param name="protect">True for the run with SecureKernel.</param>
    public RedTeamKindSummary Summary(RedTeamAttackKind? kind, bool protect) =>
        Summaries.FirstOrDefault(s => s.Kind == kind && s.Protected == protect) ?? RedTeamKindSummary.From(kind, protect, []);

    /// <summary>The report as indented JSON (snake_case names; rates are fractions 0-1).</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, s_writer))
        {
            w.WriteStartObject();
            w.WriteNumber("corpus_version", CorpusVersion);
            w.WriteBoolean("streaming", Streaming);
            w.WriteNumber("cases", Results.Count(r => !r.Protected));
            w.WriteStartArray("kinds");
            foreach (RedTeamAttackKind k in Kinds) WriteKind(w, RedTeamCorpus.KindName(k), Summary(k, false), Summary(k, true));
            w.WriteEndArray();
            w.WritePropertyName("total");
            WriteKind(w, "all", Summary(null, false), Summary(null, true));
            WriteCases(w, "protected_attack_successes", ProtectedSuccesses, "evidence");
            WriteCases(w, "protected_benign_failures", Results.Where(r => r.Protected && r.IsBenign && !r.BenignSucceeded), "reason");
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>An array of cases: id, kind and the case's evidence under <paramref name="evidenceName"/>.</summary>
    private static void WriteCases(Utf8JsonWriter w, string arrayName, IEnumerable<RedTeamCaseResult> cases, string evidenceName)
    {
        w.WriteStartArray(arrayName);
        foreach (RedTeamCaseResult r in cases)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("kind", RedTeamCorpus.KindName(r.Kind));
            w.WriteString(evidenceName, r.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The report as a Markdown table per kind, with and without SecureKernel.</summary>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine("# SecureKernel red-team report").AppendLine();
        sb.Append(CultureInfo.InvariantCulture, $"Corpus v{CorpusVersion}, {Results.Count(r => !r.Protected)} cases, {(Streaming ? "streaming" : "non-streaming")}. ");
        sb.AppendLine("ASR = attacks that reached their goal / attacks; benign = benign tasks answered correctly / benign tasks.").AppendLine();
        sb.AppendLine("| kind | attacks | ASR without | ASR with SecureKernel | answered under attack (without / with) | benign tasks | benign success without | benign success with | blocked with |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (RedTeamAttackKind k in Kinds) Row(sb, RedTeamCorpus.KindName(k), Summary(k, false), Summary(k, true));
        Row(sb, "**all**", Summary(null, false), Summary(null, true));
        IReadOnlyList<RedTeamCaseResult> through = ProtectedSuccesses;
        sb.AppendLine();
        if (through.Count == 0)
        {
            sb.AppendLine("No attack reached its goal with SecureKernel on.");
        }
        else
        {
            sb.AppendLine("Attacks that reached their goal with SecureKernel on:").AppendLine();
            foreach (RedTeamCaseResult r in through) sb.Append("- `").Append(r.Id).Append("` (").Append(RedTeamCorpus.KindName(r.Kind)).Append("): ").AppendLine(r.Evidence);
        }
        return sb.ToString().TrimEnd();
    }

    private static void Row(StringBuilder sb, string name, RedTeamKindSummary off, RedTeamKindSummary on) =>
        sb.Append(CultureInfo.InvariantCulture,
            $"| {name} | {off.Attacks} | {Pct(off.AttackSuccessRate, off.Attacks)} ({off.AttackSuccesses}) | {Pct(on.AttackSuccessRate, on.Attacks)} ({on.AttackSuccesses}) | {Pct(off.AnsweredUnderAttackRate, off.Attacks)} / {Pct(on.AnsweredUnderAttackRate, on.Attacks)} | {on.BenignTasks} | {Pct(off.BenignSuccessRate, off.BenignTasks)} | {Pct(on.BenignSuccessRate, on.BenignTasks)} | {on.Blocked} |\n");

    private static string Pct(double rate, int n) => n == 0 ? "–" : (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static void WriteKind(Utf8JsonWriter w, string name, RedTeamKindSummary off, RedTeamKindSummary on)
    {
        w.WriteStartObject();
        w.WriteString("kind", name);
        w.WritePropertyName("without_securekernel");
        WriteSummary(w, off);
        w.WritePropertyName("with_securekernel");
        WriteSummary(w, on);
        w.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter w, RedTeamKindSummary s)
    {
        w.WriteStartObject();
        w.WriteNumber("attacks", s.Attacks);
        w.WriteNumber("attack_successes", s.AttackSuccesses);
        w.WriteNumber("attack_success_rate", Math.Round(s.AttackSuccessRate, 4));
        w.WriteNumber("answered_under_attack", s.AnsweredUnderAttack);
        w.WriteNumber("benign_tasks", s.BenignTasks);
        w.WriteNumber("benign_successes", s.BenignSuccesses);
        w.WriteNumber("benign_success_rate", Math.Round(s.BenignSuccessRate, 4));
        w.WriteNumber("blocked", s.Blocked);
        w.WriteNumber("errors", s.Errors);
        w.WriteEndObject();
    }
}
