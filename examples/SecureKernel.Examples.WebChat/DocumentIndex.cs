using Microsoft.SemanticKernel.Data;
using SecureKernel.Testing;

namespace SecureKernel.Examples.WebChat;

/// <summary>
/// The app's document index: the bundled handbook (with its poisoned documents) plus uploads. Searches go to an
/// immutable <see cref="InMemoryTextSearch"/> that is swapped when a document is added. Thread-safe.
/// </summary>
public sealed class DocumentIndex : ITextSearch
{
    private readonly Lock _lock = new();
    private readonly List<IndexedEntry> _entries;
    private InMemoryTextSearch _search;

    /// <summary>Creates the index with the bundled documents.</summary>
    public DocumentIndex(IEnumerable<IndexedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _entries = [.. documents.Select(d => new IndexedEntry(d, Uploaded: false, FlagReason: null, FindingKinds: []))];
        _search = new InMemoryTextSearch(_entries.Select(e => e.Document));
    }

    /// <summary>The indexed documents, in order.</summary>
    public IReadOnlyList<IndexedEntry> Entries
    {
        get { lock (_lock) return [.. _entries]; }
    }

    /// <summary>Adds a document (an upload) and rebuilds the index.</summary>
    public void Add(IndexedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_lock)
        {
            _entries.Add(entry);
            Volatile.Write(ref _search, new InMemoryTextSearch(_entries.Select(e => e.Document)));
        }
    }

    /// <inheritdoc/>
    public Task<KernelSearchResults<string>> SearchAsync(string query, TextSearchOptions? searchOptions = null, CancellationToken cancellationToken = default) =>
        Volatile.Read(ref _search).SearchAsync(query, searchOptions, cancellationToken);

    /// <inheritdoc/>
    public Task<KernelSearchResults<TextSearchResult>> GetTextSearchResultsAsync(string query, TextSearchOptions? searchOptions = null, CancellationToken cancellationToken = default) =>
        Volatile.Read(ref _search).GetTextSearchResultsAsync(query, searchOptions, cancellationToken);

    /// <inheritdoc/>
    public Task<KernelSearchResults<object>> GetSearchResultsAsync(string query, TextSearchOptions? searchOptions = null, CancellationToken cancellationToken = default) =>
        Volatile.Read(ref _search).GetSearchResultsAsync(query, searchOptions, cancellationToken);
}
