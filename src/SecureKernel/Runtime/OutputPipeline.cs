using System.Text;

namespace SecureKernel.Runtime;

/// <summary>
/// The output guard: canary check (block), hidden-character removal (tag characters, bidi controls), PII and secret
/// redaction, Markdown sanitizing with the URL egress policy. The same steps run for whole answers and, through
/// <see cref="StreamingTextGuard"/>, for streamed answers with a hold-back window.
/// </summary>
internal sealed class OutputPipeline
{
    private readonly SecureKernelGuard _guard;
    private readonly OutputGuardOptions _options;
    private readonly OutputSanitizer? _sanitizer;
    private readonly PiiRedactor? _redactor;

    public OutputPipeline(SecureKernelGuard guard, OutputGuardOptions options, CanaryRegistry canaries)
    {
        _guard = guard;
        _options = options;
        Canaries = canaries;
        if (options.Sanitize)
        {
            var o = options.Sanitizer;
            var inspector = o.SensitiveDataInspector;
            _sanitizer = new OutputSanitizer(new OutputSanitizerOptions
            {
                AllowedHosts = [.. o.AllowedHosts],
                AllowSubdomains = o.AllowSubdomains,
                AllowedSchemes = [.. o.AllowedSchemes],
                AllowRelativeUrls = o.AllowRelativeUrls,
                ImagePolicy = o.ImagePolicy,
                LinkPolicy = o.LinkPolicy,
                MaxImagesPerMessage = o.MaxImagesPerMessage,
                MaxInputChars = o.MaxInputChars,
                VerifyOutput = o.VerifyOutput,
                SensitiveDataInspector = url => canaries.ContainsCanary(url) || (inspector?.Invoke(url) ?? false),
            });
        }

        if (options.RedactPii && options.EntityTypes.Count > 0)
            _redactor = new PiiRedactor(new PiiRedactorOptions { EntityTypes = [.. options.EntityTypes] });
    }

    public CanaryRegistry Canaries { get; }

    public bool Enabled => _options.Enabled;

    /// <summary>Guards a whole answer. Throws <see cref="SecurityBlockedException"/> on a canary leak (enforce mode).</summary>
    public GuardedOutput Guard(string text, RedactionSession? session)
    {
        ArgumentNullException.ThrowIfNull(text);
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var guarded = GuardCore(text, session);
            TurnState.Current?.SetOutputChars(guarded.Text.Length);
            return guarded;
        }
        finally
        {
            SecureKernelTelemetry.ScanDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalSeconds,
                new KeyValuePair<string, object?>("securekernel.detector", "output"), new KeyValuePair<string, object?>("securekernel.stage", "output"));
        }
    }

    private GuardedOutput GuardCore(string text, RedactionSession? session)
    {
        var findings = new List<SecurityFinding>();
        if (_options.Canaries && Canaries.ContainsCanary(text))
        {
            var leak = _guard.Decide(SecurityStage.Output, SecurityAction.Block, "a canary token appeared in model output (the system prompt or a wrapped document leaked)",
                [new SecurityFinding(FindingKind.CanaryLeak, "canary_in_output", 1, "canary")], 1, null);
            _guard.Record(leak, text, text.Length);
            if (leak.Action == SecurityAction.Block) throw new SecurityBlockedException(leak);
        }

        var (result, html) = Transform(text, session, findings);
        if (findings.Count == 0) return new GuardedOutput(text, html, SecurityVerdict.Allowed(SecurityStage.Output));
        var verdict = _guard.Decide(SecurityStage.Output, SecurityAction.Redact, "model output was redacted or sanitized", findings, findings.Max(f => f.Score), null);
        _guard.Record(verdict, text, text.Length, verdict.Observed ? text.Length : result.Length);
        return verdict.Observed ? new GuardedOutput(text, html, verdict) : new GuardedOutput(result, html, verdict);
    }

    /// <summary>Creates the streaming guard for one streamed answer.</summary>
    public StreamingTextGuard CreateStreamingGuard(RedactionSession? session, List<SecurityFinding> findings) => new(new StreamingTextGuardOptions
    {
        HoldBackChars = _options.StreamingHoldBackChars,
        MaxPendingChars = Math.Max(16_384, _options.StreamingHoldBackChars * 4),
        Canaries = _options.Canaries ? Canaries : null,
        Transform = segment =>
        {
            var (text, _) = Transform(segment, session, findings);
            return StreamingTransformResult.Pass(_guard.Enforcing ? text : segment);
        },
    });

    /// <summary>Records the verdict of a finished stream.</summary>
    public void Report(List<SecurityFinding> findings, string? blockReason)
    {
        if (blockReason is not null)
        {
            var kind = blockReason.StartsWith("canary", StringComparison.Ordinal) ? FindingKind.CanaryLeak : FindingKind.Secret;
            var v = _guard.Decide(SecurityStage.Output, SecurityAction.Block, $"the streamed answer was stopped ({blockReason})", [new SecurityFinding(kind, blockReason, 1, "stream")], 1, null);
            _guard.Record(v);
            return;
        }

        if (findings.Count > 0)
            _guard.Record(_guard.Decide(SecurityStage.Output, SecurityAction.Redact, "streamed output was redacted or sanitized", findings.ToArray(), 1, null));
    }

    private (string Text, string? Html) Transform(string text, RedactionSession? session, List<SecurityFinding> findings)
    {
        string current = StripHidden(text, findings);
        if (_redactor is not null)
        {
            var r = _redactor.Redact(current, _options.Operator, new RedactionOptions { Session = session });
            if (r.Entities.Count > 0)
            {
                lock (findings)
                {
                    foreach (var g in r.Entities.GroupBy(e => e.Type))
                        findings.Add(new SecurityFinding(IsSecret(g.Key) ? FindingKind.Secret : FindingKind.Pii, $"{g.Key} x{g.Count()}", g.Max(e => e.Score), "pii"));
                }
                current = r.Text;
            }
        }

        string? html = null;
        if (_sanitizer is not null)
        {
            var s = _sanitizer.SanitizeMarkdown(current);
            lock (findings) findings.AddRange(s.Findings);
            current = s.Markdown ?? current;
            html = s.Html;
        }

        return (current, html);
    }

    internal static bool IsSecret(string type) => type is PiiEntityTypes.ApiKey or PiiEntityTypes.Jwt or PiiEntityTypes.PrivateKey or PiiEntityTypes.UrlWithCredentials;

    /// <summary>Removes tag characters and bidi controls (never legitimate in an answer; an ASCII-smuggling channel).</summary>
    private static string StripHidden(string text, List<SecurityFinding> findings)
    {
        StringBuilder? sb = null;
        int removed = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool tag = c == '\uDB40' && i + 1 < text.Length && text[i + 1] is >= '\uDC00' and <= '\uDC7F';
            bool bidi = c is '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069';
            if (tag || bidi)
            {
                sb ??= new StringBuilder(text, 0, i, text.Length);
                removed++;
                if (tag) i++;
                continue;
            }
            sb?.Append(c);
        }

        if (sb is null) return text;
        lock (findings) findings.Add(new SecurityFinding(FindingKind.TagCharacters, $"{removed} hidden characters removed from output", 0.8, "output"));
        return sb.ToString();
    }
}
