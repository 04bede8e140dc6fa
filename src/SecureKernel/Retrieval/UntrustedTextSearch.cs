using Microsoft.SemanticKernel.Data;
using SecureKernel.Retrieval;

namespace SecureKernel;

/// <summary>
/// An <see cref="ITextSearch"/> decorator: every result is wrapped as untrusted with its source and id and scanned, all
/// results of one search in one detector batch. Covers every consumer of the search: plugins from <c>CreateWith*</c>,
/// <c>{{search}}</c> in templates, <c>TextSearchProvider</c> and direct calls.
/// </summary>
public sealed class UntrustedTextSearch : ITextSearch
{
    private readonly ITextSearch _inner;
    private readonly SecureKernelGuard _guard;
    private readonly string _source;

    /// <summary>Decorates <paramref name="inner"/>.</summary>
    /// <param name="inner">The search to decorate.</param>
    /// <param name="guard">The guard.</param>
    /// <param name="sourceName">The source name used when a result has no name of its own.</param>
    public UntrustedTextSearch(ITextSearch inner, SecureKernelGuard guard, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        _inner = inner;
        _guard = guard;
        _source = sourceName;
    }

    /// <inheritdoc/>
    public async Task<KernelSearchResults<string>> SearchAsync(string query, TextSearchOptions? searchOptions = null, CancellationToken cancellationToken = default) =>
        await UntrustedTextSearchCore.GuardStringsAsync(_guard, _source, await _inner.SearchAsync(query, searchOptions, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<KernelSearchResults<TextSearchResult>> GetTextSearchResultsAsync(string query, TextSearchOptions? searchOptions = null, CancellationToken cancellationToken = default) =>
        await UntrustedTextSearchCore.GuardResultsAsync(_guard, _source, await _inner.GetTextSearchResultsAsync(query, searchOptions, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    /// <remarks>Raw records keep their type: they are scanned as JSON, and flagged records are removed.</remarks>
    public async Task<KernelSearchResults<object>> GetSearchResultsAsync(string query, TextSearchOptions? searchOptions = null, CancellationToken cancellationToken = default) =>
        await UntrustedTextSearchCore.GuardRecordsAsync(_guard, _source, await _inner.GetSearchResultsAsync(query, searchOptions, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
}
