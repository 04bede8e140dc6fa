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

    /// <summary>Starts the <c>securekernel.tool</c> activity of a tool authorization (gen_ai <c>execute_tool</c>), a child of the turn.</summary>
    internal static Activity? StartToolActivity(Runtime.ToolCall call)
    {
        var activity = ActivitySource.StartActivity("securekernel.tool", ActivityKind.Internal, Runtime.TurnState.Current?.Activity?.Context ?? default);
        if (activity is null) return null;
        activity.SetTag("gen_ai.operation.name", "execute_tool");
        activity.SetTag("gen_ai.tool.name", call.DisplayName);
        if (call.ToolCallId is not null) activity.SetTag("gen_ai.tool.call.id", call.ToolCallId);
        return activity;
    }

    /// <summary>Tags a tool activity with the decision.</summary>
    internal static void EndToolActivity(Activity? activity, SecurityVerdict verdict)
    {
        if (activity is null) return;
        activity.SetTag("securekernel.stage", "tool");
        activity.SetTag("securekernel.action", verdict.Action.ToString().ToLowerInvariant());
        if (verdict.Findings.Count > 0) activity.SetTag("securekernel.finding.kinds", string.Join(",", verdict.Findings.Select(f => f.KindName).Distinct()));
        if (verdict.Action == SecurityAction.Block) activity.SetStatus(ActivityStatusCode.Error, "blocked");
    }
    internal static readonly Meter Meter = new(Name);
    internal static readonly Counter<long> Decisions = Meter.CreateCounter<long>("securekernel.decisions", "{decision}", "Guard decisions other than a plain allow.");
    internal static readonly Counter<long> Findings = Meter.CreateCounter<long>("securekernel.findings", "{finding}", "Findings by kind.");
    internal static readonly Counter<long> Scans = Meter.CreateCounter<long>("securekernel.scans", "{text}", "Texts scanned by a detector.");
    internal static readonly Counter<long> AuditRecords = Meter.CreateCounter<long>("securekernel.audit.records", "{record}", "Audit records written, per sink.");
    internal static readonly Counter<long> AuditDropped = Meter.CreateCounter<long>("securekernel.audit.dropped", "{record}", "Audit records dropped (buffer full, pipeline closed, or a sink that kept failing), per reason.");
    internal static readonly Histogram<double> ScanDuration = Meter.CreateHistogram<double>("securekernel.scan.duration", "s", "Duration of one guard scan (a detector batch call for input and retrieval, sanitizing and redaction for output), per stage.");
    internal static readonly Counter<long> Blocks = Meter.CreateCounter<long>("securekernel.blocks", "{decision}", "Block decisions, per stage.");
    internal static readonly Counter<long> Approvals = Meter.CreateCounter<long>("securekernel.approvals", "{approval}", "Tool approvals by outcome: requested, granted, denied, consumed.");
    internal static readonly Counter<long> Turns = Meter.CreateCounter<long>("securekernel.turns", "{request}", "Guarded requests (turns), per endpoint, operation and most restrictive action.");
    internal static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("securekernel.turn.duration", "s", "Duration of a guarded request (turn), model time included.");
    internal static readonly Counter<long> MonitorEvents = Meter.CreateCounter<long>("securekernel.monitor.events", "{event}", "Monitoring events: model-extraction signals and baseline deviations.");
}
