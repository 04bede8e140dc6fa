using Microsoft.SemanticKernel.Data;

namespace SecureKernel.Tests.Infrastructure;

/// <summary>An <see cref="ITextSearch"/> that returns the same documents for every query: result i is named <c>doc{i}</c>
/// with link <c>id{i}</c>, and raw records are anonymous objects with a <c>Text</c> property.</summary>
internal sealed class FixedSearch(params string[] docs) : ITextSearch
{
    public Task<KernelSearchResults<string>> SearchAsync(string query, TextSearchOptions? searchOptions = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new KernelSearchResults<string>(docs.ToAsyncEnumerable()));

    public Task<KernelSearchResults<TextSearchResult>> GetTextSearchResultsAsync(string query, TextSearchOptions? searchOptions = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new KernelSearchResults<TextSearchResult>(docs.Select((d, i) => new TextSearchResult(d) { Name = "doc" + i, Link = "id" + i }).ToAsyncEnumerable()));

    public Task<KernelSearchResults<object>> GetSearchResultsAsync(string query, TextSearchOptions? searchOptions = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new KernelSearchResults<object>(docs.Select(d => (object)new { Text = d }).ToAsyncEnumerable()));
}
