using System.ComponentModel;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Data;

namespace SecureKernel.Testing;

/// <summary>
/// A demo retrieval plugin with a read-only function <c>search_docs</c> over an <see cref="ITextSearch"/>.
/// Import it as <c>kernel.Plugins.AddFromObject(docs, "docs")</c>; the model then sees the tool <c>docs_search_docs</c>.
/// </summary>
public sealed class DocsPlugin
{
    private readonly ITextSearch _search;
    private readonly int _top;

    /// <summary>Creates the plugin.</summary>
    /// <param name="search">The search to query (decorate it, e.g. with SecureKernel's untrusted wrapper, before passing it in).</param>
    /// <param name="top">How many chunks to return per query (at least 1).</param>
    public DocsPlugin(ITextSearch search, int top = 3)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        _search = search;
        _top = top;
    }

    /// <summary>Searches the company documents.</summary>
    /// <param name="query">What to look for.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>The text of the best matching chunks, best first.</returns>
    [KernelFunction("search_docs")]
    [Description("Searches the company documents and returns the most relevant passages.")]
    public async Task<IEnumerable<string>> SearchDocsAsync(
        [Description("What to look for.")] string query,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        KernelSearchResults<string> results = await _search.SearchAsync(query, new TextSearchOptions { Top = _top }, cancellationToken).ConfigureAwait(false);
        var chunks = new List<string>();
        await foreach (string chunk in results.Results.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            chunks.Add(chunk);
        }
        return chunks;
    }
}
