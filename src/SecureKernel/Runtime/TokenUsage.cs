using System.Reflection;
using Microsoft.Extensions.AI;

namespace SecureKernel.Runtime;

/// <summary>Token counts reported by a model response.</summary>
internal readonly record struct TokenUsage(long Input, long Output, long Total)
{
    /// <summary>Tokens counted against a budget: the reported total, or input plus output when larger.</summary>
    public long Tokens => Math.Max(Total, Input + Output);

    public bool IsEmpty => Tokens == 0;

    public static TokenUsage operator +(TokenUsage a, TokenUsage b) => new(a.Input + b.Input, a.Output + b.Output, a.Total + b.Total);

    public static TokenUsage From(UsageDetails? usage) =>
        usage is null ? default : new(usage.InputTokenCount ?? 0, usage.OutputTokenCount ?? 0, usage.TotalTokenCount ?? 0);

    /// <summary>
    /// Reads a usage object: M.E.AI <see cref="UsageDetails"/>, or a connector's usage type with the usual count properties
    /// (OpenAI <c>InputTokenCount</c>/<c>OutputTokenCount</c>/<c>TotalTokenCount</c>; others <c>PromptTokens</c>/<c>CompletionTokens</c>/<c>TotalTokens</c>).
    /// </summary>
    public static TokenUsage FromObject(object? usage) => usage switch
    {
        null => default,
        UsageDetails d => From(d),
        UsageContent c => From(c.Details),
        _ => new(Read(usage, "InputTokenCount", "PromptTokens", "InputTokens", "PromptTokenCount"),
                 Read(usage, "OutputTokenCount", "CompletionTokens", "OutputTokens", "CompletionTokenCount"),
                 Read(usage, "TotalTokenCount", "TotalTokens")),
    };

    /// <summary>Reads the <c>"Usage"</c> entry of Semantic Kernel content metadata.</summary>
    public static TokenUsage FromMetadata(IReadOnlyDictionary<string, object?>? metadata) =>
        metadata is not null && metadata.TryGetValue("Usage", out var u) ? FromObject(u) : default;

    /// <summary>Reads the usage of a function or chat result: a <see cref="ChatResponse"/>, or Semantic Kernel content metadata.</summary>
    public static TokenUsage FromResult(object? value, IReadOnlyDictionary<string, object?>? metadata) => value switch
    {
        ChatResponse r when r.Usage is not null => From(r.Usage),
        Microsoft.SemanticKernel.KernelContent k when FromMetadata(k.Metadata) is { IsEmpty: false } u => u,
        _ => FromMetadata(metadata),
    };

    /// <summary>Reads the usage of one streamed Semantic Kernel update (its metadata, or the M.E.AI update it wraps).</summary>
    public static TokenUsage FromStreaming(Microsoft.SemanticKernel.StreamingKernelContent update)
    {
        var fromMetadata = FromMetadata(update.Metadata);
        if (!fromMetadata.IsEmpty) return fromMetadata;
        var sum = default(TokenUsage);
        if (update.InnerContent is ChatResponseUpdate inner)
        {
            foreach (var u in inner.Contents.OfType<UsageContent>()) sum += From(u.Details);
        }

        return sum;
    }

    private static long Read(object o, params string[] names)
    {
        foreach (var name in names)
        {
            var p = o.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
            if (p is null) continue;
            object? v = p.GetValue(o);
            if (v is int i) return i;
            if (v is long l) return l;
        }

        return 0;
    }
}
