using System.Text;
using System.Text.Json;
using Microsoft.SemanticKernel;

namespace SecureKernel.Examples.WebChat;

/// <summary>
/// Runs one chat turn through the kernel's streaming path and writes it as server-sent events:
/// <c>delta</c> (guarded text as it is released), <c>approval</c> (a tool call waiting for a human),
/// <c>blocked</c> (the guard stopped the turn, with its reason) and <c>done</c> (the answer as the output guard's safe
/// HTML plus the "why?" list). The page inserts only the <c>html</c> of <c>done</c> as HTML; everything else is text.
/// </summary>
public sealed class ChatTurnRunner(Kernel kernel, SecureKernelGuard guard)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);
    private readonly OutputSanitizer _sanitizer = new(guard.Options.Output.Sanitizer);

    /// <summary>Streams the answer to <paramref name="question"/> into <paramref name="response"/>.</summary>
    public async Task RunAsync(string question, HttpResponse response, CancellationToken cancellationToken)
    {
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        using var scope = TurnRecorder.Begin();
        guard.Approvals.Requested += TurnRecorder.RecordApproval;
        try
        {
            await RunCoreAsync(question, response, scope.Recorder, cancellationToken);
        }
        finally
        {
            guard.Approvals.Requested -= TurnRecorder.RecordApproval;
        }
    }

    private async Task RunCoreAsync(string question, HttpResponse response, TurnRecorder recorder, CancellationToken cancellationToken)
    {
        var answer = new StringBuilder();
        string? blocked = null;
        try
        {
            var settings = new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };
            // The question goes in as a template variable (encoded), never as template text.
            var function = KernelFunctionFactory.CreateFromPrompt("{{$question}}", settings, "answer");
            await foreach (var update in kernel.InvokeStreamingAsync<StreamingChatMessageContent>(function, new KernelArguments(settings) { ["question"] = question }, cancellationToken))
            {
                if (string.IsNullOrEmpty(update.Content)) continue;
                answer.Append(update.Content);
                await WriteAsync(response, "delta", new { text = update.Content }, cancellationToken);
            }
        }
        catch (SecurityBlockedException ex)
        {
            blocked = ex.Verdict.Reason;
            await WriteAsync(response, "blocked", new { reason = ex.Verdict.Reason, stage = ex.Verdict.Stage.ToString() }, cancellationToken);
        }

        foreach (var a in recorder.Approvals)
        {
            await WriteAsync(response, "approval", new
            {
                id = a.Id,
                tool = (a.PluginName is null ? "" : a.PluginName + ".") + a.FunctionName,
                reason = a.Reason,
                arguments = a.Arguments,
            }, cancellationToken);
        }

        // The streamed text was already guarded (redacted, sanitized Markdown); render it with the same sanitizer settings.
        string html = blocked is null ? _sanitizer.SanitizeMarkdown(answer.ToString()).Html : "";
        await WriteAsync(response, "done", new { html, blocked, why = Why(recorder.Verdicts) }, cancellationToken);
    }

    /// <summary>The "why?" list: stage, action, reason, subject, sources and finding kinds. Never the content.</summary>
    public static IReadOnlyList<object> Why(IEnumerable<SecurityVerdict> verdicts) =>
    [
        .. verdicts.Select(v => new
        {
            stage = v.Stage.ToString(),
            action = v.Action.ToString(),
            reason = v.Reason,
            subject = v.Subject,
            sources = v.TaintSources,
            observed = v.Observed,
            findings = v.Findings.Select(f => new { kind = f.KindName, rule = f.Detail, detector = f.Detector, score = Math.Round(f.Score, 2) }).ToList(),
        }),
    ];

    private static async Task WriteAsync(HttpResponse response, string name, object data, CancellationToken cancellationToken)
    {
        string json = JsonSerializer.Serialize(data, s_json);
        await response.WriteAsync($"event: {name}\ndata: {json}\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
