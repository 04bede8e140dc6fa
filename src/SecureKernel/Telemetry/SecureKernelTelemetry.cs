using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SecureKernel;

/// <summary>
/// The names of SecureKernel's <see cref="ActivitySource"/> and <see cref="Meter"/>. Tags carry kinds, actions and
/// stages, never prompt, document or output text.
/// </summary>
public static class SecureKernelTelemetry
{
    /// <summary>The ActivitySource and Meter name.</summary>
    public const string Name = "SecureKernel";

    internal static readonly ActivitySource ActivitySource = new(Name);
    internal static readonly Meter Meter = new(Name);
    internal static readonly Counter<long> Decisions = Meter.CreateCounter<long>("securekernel.decisions", "{decision}", "Guard decisions other than a plain allow.");
    internal static readonly Counter<long> Findings = Meter.CreateCounter<long>("securekernel.findings", "{finding}", "Findings by kind.");
    internal static readonly Counter<long> Scans = Meter.CreateCounter<long>("securekernel.scans", "{text}", "Texts scanned by a detector.");
    internal static readonly Counter<long> AuditRecords = Meter.CreateCounter<long>("securekernel.audit.records", "{record}", "Audit records written, per sink.");
    internal static readonly Counter<long> AuditDropped = Meter.CreateCounter<long>("securekernel.audit.dropped", "{record}", "Audit records dropped (buffer full, pipeline closed, or a sink that kept failing), per reason.");
    internal static readonly Histogram<double> ScanDuration = Meter.CreateHistogram<double>("securekernel.scan.duration", "s", "Duration of one detector batch call.");
}
