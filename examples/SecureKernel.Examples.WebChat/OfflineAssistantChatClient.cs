using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using SecureKernel.Testing;

namespace SecureKernel.Examples.WebChat;

/// <summary>
/// The offline model of the web example: the console example's <see cref="GullibleChatClient"/> (retrieves, obeys
/// instructions it finds in documents, answers from the first sentence of each), plus one thing a user can ask for
/// directly: <c>email someone@example.com: text</c> calls the email tool with exactly those arguments, so a legitimate
/// high-consequence call (which needs approval) can be shown next to an injected one (which is blocked).
/// Deterministic: asking the same question again makes the same call, which is how an approved turn resumes.
/// </summary>
public sealed partial class OfflineAssistantChatClient(GullibleChatClient inner) : DelegatingChatClient(inner)
{
    /// <summary>The gullible model behind it (call counters).</summary>
    public GullibleChatClient Gullible { get; } = inner;

    /// <inheritdoc/>
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        List<ChatMessage> list = [.. messages];
        return TryEmail(list, options) is { } response ? Task.FromResult(response) : base.GetResponseAsync(list, options, cancellationToken);
    }

    /// <inheritdoc/>
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<ChatMessage> list = [.. messages];
        if (TryEmail(list, options) is { } response)
        {
            foreach (var update in response.ToChatResponseUpdates())
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return update;
                await Task.Yield();
            }

            yield break;
        }

        await foreach (var update in base.GetStreamingResponseAsync(list, options, cancellationToken).ConfigureAwait(false)) yield return update;
    }

    private static ChatResponse? TryEmail(List<ChatMessage> messages, ChatOptions? options)
    {
        int lastUser = messages.FindLastIndex(m => m.Role == ChatRole.User);
        if (lastUser < 0) return null;
        var match = EmailCommand().Match(messages[lastUser].Text.Trim());
        var tool = options?.Tools?.FirstOrDefault(t => t.Name.Contains("send_email", StringComparison.OrdinalIgnoreCase));
        if (!match.Success || tool is null) return null;

        var turn = messages.Skip(lastUser + 1).SelectMany(m => m.Contents).ToList();
        var call = turn.OfType<FunctionCallContent>().FirstOrDefault(c => c.Name == tool.Name);
        if (call is null)
        {
            var args = new Dictionary<string, object?>
            {
                ["to"] = match.Groups["to"].Value,
                ["subject"] = "Message from the handbook assistant",
                ["body"] = match.Groups["body"].Value.Trim(),
            };
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call_" + Guid.NewGuid().ToString("N")[..12], tool.Name, args)]))
            {
                FinishReason = ChatFinishReason.ToolCalls,
            };
        }

        var result = turn.OfType<FunctionResultContent>().FirstOrDefault(r => r.CallId == call.CallId);
        // Tool results arrive wrapped as untrusted content; read them as the gullible model does (never echo the wrapper).
        string outcome = result is null ? "no result" : string.Join(" ", GullibleReader.ExtractDocuments(result.Result));
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, $"Email to {match.Groups["to"].Value}: {outcome}")) { FinishReason = ChatFinishReason.Stop };
    }

    [GeneratedRegex(@"^(?:please\s+)?e-?mail\s+(?<to>[^\s@:,]+@[^\s@:,]+)\s*[:,]\s*(?<body>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex EmailCommand();
}
