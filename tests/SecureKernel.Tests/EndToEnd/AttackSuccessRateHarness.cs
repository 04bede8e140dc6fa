using SecureKernel.Testing;

namespace SecureKernel.Tests.EndToEnd;

/// <summary>The outcome of one corpus run.</summary>
internal sealed record AttackRunResult(int Rows, int ToolRequested, int ToolExecuted, int BenignCompleted, int Blocked, int Errors)
{
    /// <summary>Rows where the high-consequence tool actually ran (the email reached the outbox).</summary>
    public double AttackSuccessRate => Rows == 0 ? 0 : (double)ToolExecuted / Rows;

    /// <summary>Rows that ended with the correct benign answer and no email sent.</summary>
    public double BenignCompletionRate => Rows == 0 ? 0 : (double)BenignCompleted / Rows;

    public static AttackRunResult operator +(AttackRunResult a, AttackRunResult b) =>
        new(a.Rows + b.Rows, a.ToolRequested + b.ToolRequested, a.ToolExecuted + b.ToolExecuted, a.BenignCompleted + b.BenignCompleted, a.Blocked + b.Blocked, a.Errors + b.Errors);

    public string Describe(string label) =>
        $"{label}: rows={Rows} send_email requested={ToolRequested} executed={ToolExecuted} ({AttackSuccessRate:P1}) " +
        $"benign task completed without email={BenignCompleted} ({BenignCompletionRate:P1}) blocked={Blocked} errors={Errors}";
}

/// <summary>
/// Dataset rows through the library's <see cref="RedTeamRunner"/> (<see cref="RedTeamCorpus.FromDatasetRows"/>): each
/// row is a retrieved document next to the benign handbook documents, the user asks the travel question through a real
/// kernel, and the classic gullible model (send_email only) decides. Adds the model-side count of requested calls.
/// </summary>
internal static class AttackSuccessRateHarness
{
    /// <param name="rows">The corpus; each row becomes one retrieved document.</param>
    /// <param name="secureKernel">The SecureKernel options of a protected run (one call per row); null = no SecureKernel.</param>
    /// <param name="streaming">Ask through <c>InvokePromptStreamingAsync</c> instead of <c>InvokePromptAsync</c>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static async Task<AttackRunResult> RunAsync(IEnumerable<PromptInjectionRow> rows, Func<SecureKernelOptions>? secureKernel, bool streaming = false, CancellationToken cancellationToken = default)
    {
        GullibleChatClient? model = null;
        var runner = new RedTeamRunner(new RedTeamRunnerOptions
        {
            Streaming = streaming,
            ChatClientFactory = () => model = new GullibleChatClient(),
            SecureKernelOptionsFactory = secureKernel,
        });

        int count = 0, requested = 0, executed = 0, completed = 0, blocked = 0, errors = 0;
        foreach (RedTeamCase c in RedTeamCorpus.FromDatasetRows(rows))
        {
            model = null;
            RedTeamCaseResult r = await runner.RunCaseAsync(c, protect: secureKernel is not null, cancellationToken);
            count++;
            if (model?.GetToolCallCount("send_email") > 0) requested++;
            if (r.ToolCallsExecuted > 0) executed++;
            else if (r.IsBenign ? r.BenignSucceeded : r.AnsweredUnderAttack) completed++;
            if (r.Blocked) blocked++;
            if (r.Error is not null) errors++;
        }
        return new AttackRunResult(count, requested, executed, completed, blocked, errors);
    }
}
