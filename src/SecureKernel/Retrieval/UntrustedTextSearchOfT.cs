using System.Diagnostics.CodeAnalysis;
using Microsoft.SemanticKernel.Data;
using SecureKernel.Retrieval;

namespace SecureKernel;

/// <summary>The <see cref="ITextSearch{TRecord}"/> decorator (SK's generic search is experimental, so this is too).</summary>
/// <typeparam name="TRecord">The record type.</typeparam>
[Experimental("SECK0001")]
public sealed class UntrustedTextSearch<TRecord> : ITextSearch<TRecord>
{
    private readonly ITextSearch<TRecord> _inner;
    private readonly SecureKernelGuard _guard;
    private readonly string _source;

    /// <summary>Decorates <paramref name="inner"/>.</summary>
    public UntrustedTextSearch(ITextSearch<TRecord> inner, SecureKernelGuard guard, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        _inner = inner;
        _guard = guard;
        _source = sourceName;
    }

    /// <inheritdoc/>
    public async Task<KernelSearchResults<string>> SearchAsync(string query, TextSearchOptions<TRecord>? searchOptions = null, CancellationToken cancellationToken = default) =>
        await UntrustedTextSearchCore.GuardStringsAsync(_guard, _source, await _inner.SearchAsync(query, searchOptions, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<KernelSearchResults<TextSearchResult>> GetTextSearchResultsAsync(string query, TextSearchOptions<TRecord>? searchOptions = null, CancellationToken cancellationToken = default) =>
        await UntrustedTextSearchCore.GuardResultsAsync(_guard, _source, await _inner.GetTextSearchResultsAsync(query, searchOptions, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    /// <remarks>Records keep their type: they are scanned as JSON, and flagged records are removed.</remarks>
    public async Task<KernelSearchResults<TRecord>> GetSearchResultsAsync(string query, TextSearchOptions<TRecord>? searchOptions = null, CancellationToken cancellationToken = default) =>
        await UntrustedTextSearchCore.GuardRecordsAsync(_guard, _source, await _inner.GetSearchResultsAsync(query, searchOptions, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
}
