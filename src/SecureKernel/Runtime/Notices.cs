namespace SecureKernel.Runtime;

/// <summary>Texts the model receives instead of a tool result when a call did not run. No content from the call.</summary>
internal static class Notices
{
    public static string ToolNotRun(SecurityVerdict verdict) => verdict.Action == SecurityAction.RequireApproval
        ? $"[SecureKernel] The tool {verdict.Subject} was not run: it needs a human approval ({verdict.Reason}). Tell the user the action is waiting for approval and do not retry it."
        : $"[SecureKernel] The tool {verdict.Subject} was blocked: {verdict.Reason}. Do not retry it; answer the user without it.";
}
