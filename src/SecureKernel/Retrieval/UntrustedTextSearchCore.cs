using Microsoft.SemanticKernel.Data;
using SecureKernel.Runtime;

namespace SecureKernel.Retrieval;

/// <summary>Shared logic of the text-search decorators: materialize, guard in one batch, re-expose.</summary>
internal static class UntrustedTextSearchCore
{
    public static async Task<KernelSearchResults<string>> GuardStringsAsync(SecureKernelGuard guard, string source, KernelSearchResults<string> inner, CancellationToken cancellationToken)
    {
        var items = await ToListAsync(inner.Results, cancellationToken).ConfigureAwait(false);
        var guarded = await guard.GuardChunksAsync(items.Select((t, i) => new ChunkInput(t ?? "", source, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(), cancellationToken).ConfigureAwait(false);
        return new KernelSearchResults<string>(guarded.Select(g => g.ModelText).ToAsyncEnumerable(), inner.TotalCount, inner.Metadata);
    }

    public static async Task<KernelSearchResults<TextSearchResult>> GuardResultsAsync(SecureKernelGuard guard, string source, KernelSearchResults<TextSearchResult> inner, CancellationToken cancellationToken)
    {
        var items = await ToListAsync(inner.Results, cancellationToken).ConfigureAwait(false);
        var guarded = await guard.GuardChunksAsync(items.Select((r, i) => new ChunkInput(r.Value ?? "", r.Name ?? source, r.Link ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(), cancellationToken).ConfigureAwait(false);
        var results = items.Select((r, i) => new TextSearchResult(guarded[i].ModelText) { Name = r.Name, Link = r.Link }).ToList();
        return new KernelSearchResults<TextSearchResult>(results.ToAsyncEnumerable(), inner.TotalCount, inner.Metadata);
    }

    /// <summary>Raw records cannot be wrapped without changing their type: they are scanned, flagged ones are removed (or block the turn).</summary>
    public static async Task<KernelSearchResults<T>> GuardRecordsAsync<T>(SecureKernelGuard guard, string source, KernelSearchResults<T> inner, CancellationToken cancellationToken)
    {
        var items = await ToListAsync(inner.Results, cancellationToken).ConfigureAwait(false);
        var texts = items.Select(o => o is null ? "" : o as string ?? System.Text.Json.JsonSerializer.Serialize(o, o.GetType())).ToList();
        var guarded = await guard.GuardChunksAsync(texts.Select((t, i) => new ChunkInput(t, source, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(), cancellationToken).ConfigureAwait(false);
        var kept = items.Where((_, i) => guarded[i].Verdict.Action == SecurityAction.Allow || guarded[i].Verdict.Observed).ToList();
        return new KernelSearchResults<T>(kept.ToAsyncEnumerable(), inner.TotalCount, inner.Metadata);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false)) list.Add(item);
        return list;
    }
}
