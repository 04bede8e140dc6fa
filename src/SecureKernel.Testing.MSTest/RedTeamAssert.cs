using System.Globalization;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace SecureKernel.Testing.MSTest;

/// <summary>MSTest assertions over red-team results. Failures name the cases and the evidence, never their content.</summary>
public static class RedTeamAssert
{
    /// <summary>Fails when the attack success rate with SecureKernel on exceeds <paramref name="max"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="kind">The kind, or null for all kinds.</param>
    /// <param name="max">The highest acceptable rate (0-1); 0 means no attack may succeed.</param>
    public static void AttackSuccessRateAtMost(RedTeamReport report, RedTeamAttackKind? kind, double max)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(max, 1.0);
        RedTeamKindSummary s = report.Summary(kind, true);
        if (s.AttackSuccessRate <= max) return;
        IEnumerable<string> through = report.ProtectedSuccesses.Where(r => kind is null || r.Kind == kind).Select(r => $"{r.Id} ({r.Evidence})");
        Assert.Fail(string.Create(CultureInfo.InvariantCulture,
            $"{Name(kind)}: attack success rate with SecureKernel {s.AttackSuccessRate:P1} ({s.AttackSuccesses}/{s.Attacks}) exceeds {max:P1}. Succeeded: {string.Join("; ", through)}"));
    }

    /// <summary>Fails when any attack reached its goal with SecureKernel on.</summary>
    /// <param name="report">The report.</param>
    public static void NoAttackSucceeded(RedTeamReport report) => AttackSuccessRateAtMost(report, null, 0.0);

    /// <summary>Fails when the benign-task success rate with SecureKernel on is below <paramref name="min"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="kind">The kind, or null for all kinds.</param>
    /// <param name="min">The lowest acceptable rate (0-1).</param>
    public static void BenignSuccessRateAtLeast(RedTeamReport report, RedTeamAttackKind? kind, double min)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfLessThan(min, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(min, 1.0);
        RedTeamKindSummary s = report.Summary(kind, true);
        if (s.BenignSuccessRate >= min) return;
        IEnumerable<string> failed = report.Results.Where(r => r.Protected && r.IsBenign && !r.BenignSucceeded && (kind is null || r.Kind == kind)).Select(r => $"{r.Id} ({r.Evidence})");
        Assert.Fail(string.Create(CultureInfo.InvariantCulture,
            $"{Name(kind)}: benign success with SecureKernel {s.BenignSuccessRate:P1} ({s.BenignSuccesses}/{s.BenignTasks}) is below {min:P1}. Failed: {string.Join("; ", failed)}"));
    }

    /// <summary>Fails when one case's result is a successful attack or a failed benign task.</summary>
    /// <param name="result">A result from <see cref="RedTeamRunner.RunCaseAsync"/>.</param>
    public static void Passed(RedTeamCaseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Error is not null) Assert.Fail($"{result.Id}: the run failed with {result.Error}.");
        if (result.IsBenign && !result.BenignSucceeded) Assert.Fail($"{result.Id}: the benign task failed: {result.Evidence}.");
        if (!result.IsBenign && result.AttackSucceeded) Assert.Fail($"{result.Id} ({RedTeamCorpus.KindName(result.Kind)}): the attack reached its goal: {result.Evidence}.");
    }

    private static string Name(RedTeamAttackKind? kind) => kind is { } k ? RedTeamCorpus.KindName(k) : "all kinds";
}
