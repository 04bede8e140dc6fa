namespace SecureKernel.Output;

/// <summary>Collects one finding per (kind, rule) for one sanitize call. Not thread-safe; one per call.</summary>
internal sealed class FindingCollector
{
    internal const string DetectorName = "output-sanitizer";

    private readonly List<SecurityFinding> _findings = [];
    private readonly HashSet<(FindingKind, string)> _seen = [];

    public void Add(FindingKind kind, string rule)
    {
        if (_seen.Add((kind, rule)))
            _findings.Add(new SecurityFinding(kind, rule, 1.0, DetectorName));
    }

    public IReadOnlyList<SecurityFinding> ToList() => _findings.ToArray();
}
