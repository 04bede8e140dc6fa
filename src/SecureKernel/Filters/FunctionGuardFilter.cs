using Microsoft.SemanticKernel;
using SecureKernel.Runtime;

namespace SecureKernel.Filters;

/// <summary>
/// Runs for every kernel function invocation (template <c>{{fn}}</c> calls, manual calls and auto-invoked calls):
/// begins the turn, gates native tools by policy (unless the auto-invocation gate already did), and wraps and scans the
/// results of untrusted tools before anyone sees them.
/// </summary>
internal sealed class FunctionGuardFilter(SecureKernelGuard guard) : IFunctionInvocationFilter
{
    public SecureKernelGuard Guard => guard;

    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        bool isPrompt = KernelFunctionKinds.IsPromptFunction(context.Function);
        var principal = guard.ResolvePrincipal(context.Arguments, context.Kernel.Data);
        using var scope = TurnState.Begin(principal, guard, context.Kernel.Data);
        guard.AdmitTurn(scope.State, modelCall: isPrompt);
        string? plugin = context.Function.PluginName;
        string name = context.Function.Name;
        if (scope.Owner && !isPrompt)
        {
            scope.State.Operation = "execute_tool";
            scope.State.ToolName = plugin is null ? name : plugin + "." + name;
        }

        if (!isPrompt)
        {
            bool preAuthorized = InvocationFlags.AuthorizedByAutoFilter;
            InvocationFlags.AuthorizedByAutoFilter = false; // nested calls inside this tool are gated again
            if (!preAuthorized)
            {
                var call = new ToolCall(plugin, name, context.Arguments.Where(a => a.Key != SecurityPrincipal.ArgumentName).ToList(), null);
                using var activity = SecureKernelTelemetry.StartToolActivity(call);
                var verdict = guard.AuthorizeTool(call, new ToolContext(principal, scope.State.TaintSources, scope.State.Unverified));
                SecureKernelTelemetry.EndToolActivity(activity, verdict);
                if (verdict.Action is SecurityAction.Block or SecurityAction.RequireApproval)
                    throw new SecurityBlockedException(verdict);
            }
        }

        int usageReports = scope.State.UsageReports;
        await next(context).ConfigureAwait(false);

        // A prompt function whose model stage is not a SecureKernel stage: count the usage its result reports.
        if (isPrompt && !context.IsStreaming && scope.State.UsageReports == usageReports && context.Result is { } answered)
            guard.ReportUsage(scope.State, TokenUsage.FromResult(answered.GetValue<object>(), answered.Metadata));

        if (!isPrompt && context.Result is { } result && guard.IsUntrustedOutput(plugin, name))
        {
            object? value = result.GetValue<object>();
            object? guarded = await ResultGuard.GuardValueAsync(guard, value, plugin is null ? name : plugin + "." + name, context.CancellationToken).ConfigureAwait(false);
            if (!ReferenceEquals(guarded, value)) context.Result = new FunctionResult(result, guarded);
        }

        if (isPrompt && scope.Owner && scope.State.BlockVerdict is { } blocked && guard.Enforcing)
            throw new SecurityBlockedException(blocked);

        if (isPrompt && guard.Output.Enabled && context.Result is { } output)
        {
            object? value = output.GetValue<object>();
            object? guarded = context.IsStreaming ? OutputAdapters.GuardStream(guard, value) : OutputAdapters.GuardValue(guard, value);
            if (!ReferenceEquals(guarded, value)) context.Result = new FunctionResult(output, guarded);
        }

        // A streamed prompt runs after this filter returns: the turn (principal, taint, one request record) lasts until the stream ends.
        if (isPrompt && context.IsStreaming && scope.Owner && context.Result is { } streamed
            && TurnStream.Keep(streamed.GetValue<object>(), scope.State) is { } kept)
        {
            scope.State.Detach();
            context.Result = new FunctionResult(streamed, kept);
        }
    }
}
