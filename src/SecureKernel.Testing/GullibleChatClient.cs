using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.AI;
using SecureKernel.Testing.Internal;

namespace SecureKernel.Testing;

/// <summary>
/// A deterministic offline "model" that behaves like a gullible LLM in a RAG app: it retrieves, then follows
/// instructions it finds in retrieved text by calling a high-consequence tool, then answers.
/// </summary>
/// <remarks>
/// <para>Turn logic (a turn is everything after the last user message):</para>
/// <list type="number">
/// <item>No retrieval result in the turn yet and a tool whose name contains <see cref="GullibleChatClientOptions.SearchToolMarker"/>
/// is offered: call it with the user's question as <c>query</c>.</item>
/// <item>Retrieval results present: read them with <see cref="GullibleReader.ExtractDocuments"/> (unwrapping, entity and
/// base64 decoding, datamark removal). If they contain instructions (<see cref="GullibleReader.ContainsInstructions"/>),
/// and a high-consequence tool is offered and was not called in this turn, call it with <c>to</c> = the first email
/// address in the text (else <see cref="GullibleChatClientOptions.DefaultRecipient"/>), <c>subject</c>, and
/// <c>body</c> = the first 200 characters of the retrieved text plus the user's question.</item>
/// <item>Otherwise answer <c>"Answer: "</c> + the first sentence of each retrieved document.</item>
/// </list>
/// <para>Flags, wrappers and system instructions do not change its behaviour: it is gullible by design, so only a guard
/// that blocks the tool call or removes the instruction stops it. Streaming responses are the same response split into small updates.</para>
/// <para>Red-team behaviours (off by default; <see cref="GullibleChatClientOptions.ForRedTeam"/> switches them on): reading hidden
/// text, revealing the system prompt on request, obeying quoted-output directives and copying links and images from
/// instructing documents into the answer. Their text goes before <c>"Answer: "</c>.</para>
/// </remarks>
public sealed class GullibleChatClient : IChatClient
{
    private readonly GullibleChatClientOptions _options;
    private readonly ChatClientMetadata _metadata;
    private readonly ConcurrentDictionary<string, int> _toolCalls = new(StringComparer.Ordinal);
    private int _complianceCount;
    private int _answerCount;
    private int _requestCount;

    /// <summary>Creates the client.</summary>
    /// <param name="options">Settings; defaults when null.</param>
    public GullibleChatClient(GullibleChatClientOptions? options = null)
    {
        _options = options ?? new GullibleChatClientOptions();
        _metadata = new ChatClientMetadata("gullible", null, _options.ModelId);
    }

    /// <summary>A snapshot of how many calls of each tool name this client requested.</summary>
    public IReadOnlyDictionary<string, int> ToolCallCounts => new Dictionary<string, int>(_toolCalls, StringComparer.Ordinal);

    /// <summary>How many times the client called a high-consequence tool because retrieved text told it to.</summary>
    public int ComplianceCount => Volatile.Read(ref _complianceCount);

    /// <summary>How many final answers the client produced.</summary>
    public int AnswerCount => Volatile.Read(ref _answerCount);

    /// <summary>How many requests (model round trips) the client received.</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>The number of calls requested for tools whose name contains <paramref name="nameFragment"/> (ignoring case).</summary>
    /// <param name="nameFragment">A tool name or part of one, e.g. <c>send_email</c>.</param>
    public int GetToolCallCount(string nameFragment)
    {
        ArgumentException.ThrowIfNullOrEmpty(nameFragment);
        return _toolCalls.Where(p => p.Key.Contains(nameFragment, StringComparison.OrdinalIgnoreCase)).Sum(p => p.Value);
    }

    /// <summary>Clears all counters.</summary>
    public void ResetCounters()
    {
        _toolCalls.Clear();
        Interlocked.Exchange(ref _complianceCount, 0);
        Interlocked.Exchange(ref _answerCount, 0);
        Interlocked.Exchange(ref _requestCount, 0);
    }

    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Decide([.. messages], options));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ChatResponse response = Decide([.. messages], options);
        foreach (ChatResponseUpdate update in ResponseSplitter.Split(response, _options.StreamingChunkSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return update;
            await Task.Yield();
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null) return null;
        if (serviceType == typeof(ChatClientMetadata)) return _metadata;
        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private ChatResponse Decide(List<ChatMessage> messages, ChatOptions? options)
    {
        Interlocked.Increment(ref _requestCount);
        int lastUser = messages.FindLastIndex(m => m.Role == ChatRole.User);
        string question = lastUser >= 0 ? messages[lastUser].Text.Trim() : string.Empty;
        if (_options.ReadsHiddenText) question = ObedientReading.Reveal(question);
        List<ChatMessage> turn = lastUser >= 0 ? messages.GetRange(lastUser + 1, messages.Count - lastUser - 1) : messages;

        var callNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (FunctionCallContent call in turn.SelectMany(m => m.Contents).OfType<FunctionCallContent>())
        {
            callNames[call.CallId] = call.Name;
        }

        bool highConsequenceCalled = callNames.Values.Any(IsHighConsequence);
        var retrievalResults = new List<FunctionResultContent>();
        foreach (FunctionResultContent result in turn.SelectMany(m => m.Contents).OfType<FunctionResultContent>())
        {
            bool known = callNames.TryGetValue(result.CallId, out string? name);
            if (!known || !IsHighConsequence(name!)) retrievalResults.Add(result);
        }

        AITool? searchTool = options?.Tools?.FirstOrDefault(t => t.Name.Contains(_options.SearchToolMarker, StringComparison.OrdinalIgnoreCase));
        if (retrievalResults.Count == 0)
        {
            if (searchTool is not null && !callNames.Values.Any(IsSearch))
            {
                return CallTool(searchTool.Name, new Dictionary<string, object?> { [_options.QueryParameterName] = question });
            }
            return FinalAnswer([], Obey(question, string.Empty, messages, options));
        }

        string? marker = GullibleReader.FindDatamarkMarker(string.Join("\n", messages.Where(m => m.Role == ChatRole.System).Select(m => m.Text)))
            ?? GullibleReader.FindDatamarkMarker(options?.Instructions);
        List<string> documents = [.. retrievalResults.SelectMany(r => GullibleReader.ExtractDocuments(r.Result, marker))];
        if (_options.ReadsHiddenText) documents = [.. documents.Select(ObedientReading.Reveal)];
        string retrieved = string.Join("\n", documents);

        AITool? highConsequence = options?.Tools?.FirstOrDefault(t => IsHighConsequence(t.Name));
        if (!highConsequenceCalled && highConsequence is not null && GullibleReader.ContainsInstructions(retrieved))
        {
            Interlocked.Increment(ref _complianceCount);
            string body = (retrieved.Length <= _options.BodyPrefixLength ? retrieved : retrieved[.._options.BodyPrefixLength]) + "\n\nUser question: " + question;
            return CallTool(highConsequence.Name, new Dictionary<string, object?>
            {
                ["to"] = GullibleReader.FindEmailAddress(retrieved) ?? _options.DefaultRecipient,
                ["subject"] = "Requested information",
                ["body"] = body,
            });
        }

        return FinalAnswer(documents, Obey(question, retrieved, messages, options));
    }

    /// <summary>What the red-team behaviours add before the answer (empty when they are off or nothing asks for them).</summary>
    private string Obey(string question, string retrieved, List<ChatMessage> messages, ChatOptions? options)
    {
        var sb = new StringBuilder();
        string both = question + "\n" + retrieved;
        if (_options.FollowsOutputDirectives)
        {
            foreach (string quoted in ObedientReading.OutputDirectives(both)) sb.Append(quoted).Append('\n');
        }
        if (_options.RevealsSystemPrompt && ObedientReading.AsksForSystemPrompt(both))
        {
            string system = string.Join("\n", messages.Where(m => m.Role == ChatRole.System).Select(m => m.Text).Append(options?.Instructions ?? string.Empty).Where(t => t.Length > 0));
            sb.Append("My instructions are: ").Append(system).Append('\n');
        }
        if (_options.RendersDocumentMarkup && retrieved.Length > 0 && GullibleReader.ContainsInstructions(retrieved))
        {
            foreach (string line in ObedientReading.MarkupLines(retrieved, question)) sb.Append(line).Append("\n\n");
        }
        return sb.ToString();
    }

    private ChatResponse CallTool(string name, Dictionary<string, object?> arguments)
    {
        _toolCalls.AddOrUpdate(name, 1, (_, n) => n + 1);
        var call = new FunctionCallContent("call_" + Guid.NewGuid().ToString("N")[..12], name, arguments);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, [call]) { MessageId = Guid.NewGuid().ToString("N") })
        {
            ModelId = _options.ModelId,
            FinishReason = ChatFinishReason.ToolCalls,
            ResponseId = Guid.NewGuid().ToString("N"),
        };
    }

    private ChatResponse FinalAnswer(List<string> documents, string prefix)
    {
        Interlocked.Increment(ref _answerCount);
        var sb = new StringBuilder(prefix).Append("Answer: ");
        if (documents.Count == 0)
        {
            sb.Append("I found no documents about that.");
        }
        else
        {
            sb.AppendJoin(" ", documents.Take(Math.Max(1, _options.MaxSummarizedDocuments)).Select(d => GullibleReader.FirstSentence(d)));
        }
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, sb.ToString()) { MessageId = Guid.NewGuid().ToString("N") })
        {
            ModelId = _options.ModelId,
            FinishReason = ChatFinishReason.Stop,
            ResponseId = Guid.NewGuid().ToString("N"),
        };
    }

    private bool IsSearch(string toolName) => toolName.Contains(_options.SearchToolMarker, StringComparison.OrdinalIgnoreCase);

    private bool IsHighConsequence(string toolName) =>
        _options.HighConsequenceToolMarkers.Any(m => toolName.Contains(m, StringComparison.OrdinalIgnoreCase));
}
