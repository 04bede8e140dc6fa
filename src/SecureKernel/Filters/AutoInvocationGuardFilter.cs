using Microsoft.SemanticKernel;
using SecureKernel.Runtime;

namespace SecureKernel.Filters;

/// <summary>
/// Gates every tool call the model asks for, with the full picture: the chat history (taint), the caller and the policy.
/// A blocked call does not run and the model is told why; a call that needs approval terminates the loop so the app
/// can ask a human and resume (the loop never waits).
/// </summary>
internal sealed class AutoInvocationGuardFilter(SecureKernelGuard guard) : IAutoFunctionInvocationFilter
{
    public SecureKernelGuard Guard => guard;

    public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
    {
        var principal = guard.ResolvePrincipal(context.Arguments, context.Kernel.Data);
        using var scope = TurnState.Begin(principal, guard, context.Kernel.Data);
        var sources = new List<string>(scope.State.TaintSources);
        bool unverified = scope.State.Unverified;
        HistoryTaint.Collect(guard, context.ChatHistory, sources, ref unverified);

        var args = context.Arguments?.Where(a => a.Key != SecurityPrincipal.ArgumentName).ToList() ?? [];
        var call = new ToolCall(context.Function.PluginName, context.Function.Name, args, context.ToolCallId);
        SecurityVerdict verdict;
        using (var activity = SecureKernelTelemetry.StartToolActivity(call))
        {
            verdict = guard.AuthorizeTool(call, new ToolContext(principal, sources, unverified));
            SecureKernelTelemetry.EndToolActivity(activity, verdict);
        }

        if (verdict.Action is SecurityAction.Block or SecurityAction.RequireApproval)
        {
            context.Result = new FunctionResult(context.Function, Notices.ToolNotRun(verdict));
            // An approval, or an endpoint switched off by the kill switch (the turn is blocked): the loop stops here.
            if (verdict.Action == SecurityAction.RequireApproval || verdict.Findings.Any(f => f.Detail == SecureKernelGuard.EndpointKillSwitchDetail)) context.Terminate = true;
            return;
        }

        InvocationFlags.AuthorizedByAutoFilter = true;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (SecurityBlockedException ex)
        {
            // A chunk action of Block (or FailClosed) inside the tool: stop the loop; the outer layer ends the turn.
            scope.State.Block(ex.Verdict);
            context.Result = new FunctionResult(context.Function, Notices.ToolNotRun(ex.Verdict));
            context.Terminate = true;
        }
        finally
        {
            InvocationFlags.AuthorizedByAutoFilter = false;
        }
    }
}
