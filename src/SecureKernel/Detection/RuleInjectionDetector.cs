using SecureKernel.Detection;

namespace SecureKernel;

/// <summary>
/// The deterministic built-in prompt-injection detector: multilingual instruction-override phrases, forged roles and
/// chat-template tokens (also after HTML-entity decoding), tool-call and exfiltration instructions addressed to the model,
/// prompt extraction, jailbreak framings, encoded payloads (base64, hex, percent-encoding; decoded and re-scanned) and
/// hidden text (HTML comments, invisible styling, Unicode smuggling). Every rule runs in linear time.
/// </summary>
/// <remarks>
/// Each text is normalized with <see cref="TextNormalizer"/> first (its findings are kept). Finding scores are combined
/// with a noisy-OR, <c>1 - Π(1 - s)</c>; the text is flagged when that score reaches the threshold. Findings name the rule
/// in <see cref="SecurityFinding.Detail"/> and never quote the text; offsets refer to the normalized text.
/// Phrases that only make sense inside third-party content (a document talking to "your response") count at a fraction
/// of their weight when <see cref="ScanRequest.Origin"/> is <see cref="ContentOrigin.User"/>.
/// The instance is immutable and thread-safe.
/// </remarks>
public sealed class RuleInjectionDetector : IInjectionDetector
{
    private const string DetectorName = "rules";
    private const double UserOriginFactor = 0.3;
    private const int MaxCommentChars = 64 * 1024;

    private static readonly InjectionRule[] s_rules = InjectionRules.All;
    private static readonly RuleAnchorIndex s_anchors = new(s_rules);

    private readonly RuleInjectionDetectorOptions _options;

    /// <summary>Creates the detector.</summary>
    /// <param name="options">Settings; null uses the defaults. The values are copied.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public RuleInjectionDetector(RuleInjectionDetectorOptions? options = null)
    {
        options ??= new RuleInjectionDetectorOptions();
        options.Validate();
        _options = new RuleInjectionDetectorOptions
        {
            Threshold = options.Threshold,
            MaxScanChars = options.MaxScanChars,
            MaxDecodeDepth = options.MaxDecodeDepth,
            MaxDecodedChars = options.MaxDecodedChars,
        };
    }

    /// <summary>The default of <see cref="RegexCacheSize"/>.</summary>
    public const int DefaultRegexCacheSize = 256;

    /// <summary>
    /// The most rule regexes kept built in this process from one scan to the next, shared by every instance (like
    /// <see cref="System.Text.RegularExpressions.Regex.CacheSize"/>). A rule's regex is built the first time a text holds
    /// one of its anchors; beyond this many, the least recently used are dropped and rebuilt when needed again (never those
    /// used in the latest 64 scans, the current one included, so a text that needs more builds each once, and a crafted
    /// text that needs them all cannot make every scan rebuild them). Detection is the same at any size; a smaller size
    /// keeps less memory and rebuilds more often (0 keeps only what the latest 64 scans used; setting the size drops the
    /// least recently used beyond it at once, recent or not).
    /// </summary>
    /// <value>Defaults to <see cref="DefaultRegexCacheSize"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public static int RegexCacheSize
    {
        get => RuleRegexCache.Shared.Capacity;
        set => RuleRegexCache.Shared.Capacity = value;
    }

    /// <inheritdoc />
    public string Name => DetectorName;

    /// <summary>The threshold in use.</summary>
    public double Threshold => _options.Threshold;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="requests"/> is null.</exception>
    /// <exception cref="ArgumentException">A request has a null <see cref="ScanRequest.Text"/>.</exception>
    public ValueTask<IReadOnlyList<InjectionScanResult>> ScanAsync(IReadOnlyList<ScanRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        for (int i = 0; i < requests.Count; i++)
        {
            if (requests[i].Text is null)
                throw new ArgumentException($"The request at index {i} has a null Text.", nameof(requests));
        }

        var results = new InjectionScanResult[requests.Count];
        for (int i = 0; i < results.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results[i] = Scan(requests[i].Text, requests[i].Origin);
        }
        return new ValueTask<IReadOnlyList<InjectionScanResult>>(results);
    }

    /// <summary>Scans one text synchronously.</summary>
    /// <param name="text">The text.</param>
    /// <param name="origin">Where the text came from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public InjectionScanResult Scan(string text, ContentOrigin origin = ContentOrigin.Retrieved)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return InjectionScanResult.Clean;
        RuleRegexCache.Shared.BeginScan();

        int unscanned = 0;
        if (_options.MaxScanChars is int max && text.Length > max)
        {
            unscanned = text.Length - max;
            text = text[..max];
        }

        bool indirect = origin is not (ContentOrigin.User or ContentOrigin.System);
        NormalizedText normalized = TextNormalizer.Normalize(text);
        string norm = normalized.Text;

        var hits = new RuleHits();
        MatchRules(norm, hits);

        // HTML-entity-decoded copy: "&lt;|im_start|&gt;" is a chat token once a renderer or the model decodes it.
        string decoded = TextNormalizer.DecodeCharacterReferences(norm);
        if (!ReferenceEquals(decoded, norm) && !string.Equals(decoded, norm, StringComparison.Ordinal)) MatchRules(decoded, hits);

        var extra = new List<SecurityFinding>();

        // Rules that match only after normalization: text smuggled with tag characters, zero-width or confusables.
        if (normalized.Changed)
        {
            var raw = new RuleHits();
            MatchRules(text, raw);
            for (int r = 0; r < s_rules.Length; r++)
            {
                if (hits.Matched(r) && !raw.Matched(r) && s_rules[r].Weight >= 0.5)
                {
                    extra.Add(new(FindingKind.HiddenText, "hidden.unicode_smuggled:" + s_rules[r].Id, 0.9, DetectorName, hits.Start[r], hits.Length[r]));
                    break;
                }
            }
        }

        // Encoded payloads, decoded (bounded) and re-scanned.
        if (_options.MaxDecodeDepth > 0 && _options.MaxDecodedChars > 0)
        {
            int budget = _options.MaxDecodedChars;
            ScanEncoded(norm, 1, ref budget, extra);
        }

        // HTML comments holding instructions.
        ScanComments(norm, extra);

        // Invisible styling together with an instruction-like phrase.
        bool hiddenStyling = false, instruction = false;
        for (int r = 0; r < s_rules.Length; r++)
        {
            if (!hits.Matched(r)) continue;
            if (s_rules[r].Kind == FindingKind.HiddenText) hiddenStyling = true;
            else if (s_rules[r].Weight >= 0.45 && (indirect || !s_rules[r].IndirectOnly)) instruction = true;
        }
        if (hiddenStyling && instruction)
            extra.Add(new(FindingKind.HiddenText, "hidden.styled_with_instructions", 0.6, DetectorName));

        // Combine.
        var findings = new List<SecurityFinding>(normalized.Findings.Count + extra.Count + 4);
        double keep = 1.0;
        foreach (SecurityFinding f in normalized.Findings)
        {
            findings.Add(f);
            keep *= 1 - NormalizerContribution(f);
        }

        for (int r = 0; r < s_rules.Length; r++)
        {
            if (!hits.Matched(r)) continue;
            InjectionRule rule = s_rules[r];
            double w = rule.IndirectOnly && !indirect ? rule.Weight * UserOriginFactor : rule.Weight;
            findings.Add(new(rule.Kind, rule.Id, w, DetectorName, hits.Start[r], hits.Length[r]));
            keep *= 1 - w;
        }

        foreach (SecurityFinding f in extra)
        {
            findings.Add(f);
            keep *= 1 - f.Score;
        }

        if (unscanned > 0)
            findings.Add(new(FindingKind.Unscanned, "length limit reached", 0, DetectorName, text.Length, unscanned));

        double score = Math.Clamp(1 - keep, 0, 1);
        if (findings.Count == 0 && unscanned == 0) return InjectionScanResult.Clean;
        return new InjectionScanResult
        {
            Score = score,
            Flagged = score >= _options.Threshold,
            Findings = findings,
            Windows = 1,
            UnscannedChars = unscanned,
        };
    }

    // Hidden and deceptive characters are common in benign multilingual text (ZWNJ in Persian, RLM in Hebrew, soft
    // hyphens in HTML), so on their own they only nudge the score; tag characters have no benign use in prose.
    private static double NormalizerContribution(SecurityFinding f) => f.Kind switch
    {
        FindingKind.TagCharacters => f.Score,
        FindingKind.InvisibleCharacters or FindingKind.BidiControl => Math.Min(f.Score, 0.1),
        FindingKind.Confusables => Math.Min(f.Score, 0.3),
        _ => Math.Min(f.Score, 0.1),
    };

    private static void MatchRules(string text, RuleHits hits)
    {
        RuleText features = RuleText.For(text); // words and letters, computed once for all rules that ask
        ReadOnlySpan<bool> anchored = s_anchors.Search(text); // every covered rule's substring anchors in one pass
        for (int r = 0; r < s_rules.Length; r++)
        {
            if (hits.Matched(r)) continue;
            bool matched = s_anchors.Covers(r)
                ? s_rules[r].TryMatchFirst(features, anchored[r], out int start, out int length)
                : s_rules[r].TryMatchFirst(features, out start, out length);
            if (matched)
            {
                hits.Start[r] = start;
                hits.Length[r] = length;
            }
        }
    }

    private void ScanEncoded(string text, int depth, ref int budget, List<SecurityFinding> extra)
    {
        List<EncodedRunDecoder.DecodedRun>? runs = EncodedRunDecoder.Decode(text, ref budget);
        if (runs is null) return;
        foreach (EncodedRunDecoder.DecodedRun run in runs)
        {
            string inner = TextNormalizer.Normalize(run.Text).Text;
            var hits = new RuleHits();
            MatchRules(inner, hits);
            int best = -1;
            for (int r = 0; r < s_rules.Length; r++)
            {
                if (hits.Matched(r) && s_rules[r].Kind != FindingKind.HiddenText && (best < 0 || s_rules[r].Weight > s_rules[best].Weight))
                    best = r;
            }

            if (best >= 0 && s_rules[best].Weight >= 0.3)
            {
                double w = Math.Max(s_rules[best].Weight, 0.8);
                extra.Add(new(FindingKind.EncodedPayload, $"encoded.{run.Encoding}:{s_rules[best].Id}", w, DetectorName, run.Start, run.Length));
                return;
            }

            if (depth < _options.MaxDecodeDepth && budget > 0)
            {
                int before = extra.Count;
                ScanEncoded(inner, depth + 1, ref budget, extra);
                if (extra.Count > before) return;
            }
        }
    }

    private static void ScanComments(string text, List<SecurityFinding> extra)
    {
        int pos = 0, budget = MaxCommentChars;
        while (budget > 0)
        {
            int open = text.IndexOf("<!--", pos, StringComparison.Ordinal);
            if (open < 0) return;
            int close = text.IndexOf("-->", open + 4, StringComparison.Ordinal);
            int end = close < 0 ? text.Length : close;
            int len = Math.Min(end - (open + 4), budget);
            budget -= len;
            if (len > 0)
            {
                string body = text.Substring(open + 4, len);
                var hits = new RuleHits();
                MatchRules(body, hits);
                for (int r = 0; r < s_rules.Length; r++)
                {
                    // In a comment, text that talks to the reader's "response" or "code" is addressed to the model.
                    if (hits.Matched(r) && s_rules[r].Kind != FindingKind.HiddenText && s_rules[r].Weight >= 0.45)
                    {
                        extra.Add(new(FindingKind.HiddenText, "hidden.html_comment:" + s_rules[r].Id, 0.85, DetectorName, open, end - open));
                        return;
                    }
                }
            }
            if (close < 0) return;
            pos = close + 3;
        }
    }

    /// <summary>First match per rule. Small arrays, one set per scanned text.</summary>
    private sealed class RuleHits
    {
        public readonly int[] Start = CreateStarts();
        public readonly int[] Length = new int[s_rules.Length];

        public bool Matched(int rule) => Start[rule] >= 0;

        private static int[] CreateStarts()
        {
            var a = new int[s_rules.Length];
            Array.Fill(a, -1);
            return a;
        }
    }
}
