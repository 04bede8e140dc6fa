namespace SecureKernel.Runtime;

/// <summary>Texts the model receives instead of a tool result when a call did not run. No content from the call.</summary>
internal static class Notices
{
    // Notices are the library's own text: recognised by reference (an attacker returning the same text is still wrapped).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, object> s_issued = new();

    public static string ToolNotRun(SecurityVerdict verdict)
    {
        string notice = verdict.Action == SecurityAction.RequireApproval
            ? $"[SecureKernel] The tool {verdict.Subject} was not run: it needs a human approval ({verdict.Reason}). Tell the user the action is waiting for approval and do not retry it."
            : $"[SecureKernel] The tool {verdict.Subject} was blocked: {verdict.Reason}. Do not retry it; answer the user without it.";
        s_issued.AddOrUpdate(notice, verdict);
        return notice;
    }

    public static bool IsIssued(object? value) => value is string s && s_issued.TryGetValue(s, out _);
}
