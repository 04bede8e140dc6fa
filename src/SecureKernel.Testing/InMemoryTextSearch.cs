using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.SemanticKernel.Data;

namespace SecureKernel.Testing;

/// <summary>
/// An offline <see cref="ITextSearch"/> over a fixed list of documents, ranked by TF-IDF cosine similarity.
/// </summary>
/// <remarks>
/// Like a vector index it always returns the nearest documents, even when they share no term with the query
/// (ties keep the order the documents were given in). <see cref="TextSearchOptions.Top"/> and
/// <see cref="TextSearchOptions.Skip"/> are honoured; <see cref="TextSearchOptions.Filter"/> is not supported and throws.
/// <see cref="GetSearchResultsAsync"/> returns the <see cref="IndexedDocument"/> records themselves.
/// </remarks>
public sealed partial class InMemoryTextSearch : ITextSearch
{
    private static readonly HashSet<string> s_stopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "is", "are", "was", "were", "be", "by", "with", "at",
        "as", "it", "its", "this", "that", "what", "which", "who", "how", "do", "does", "i", "you", "we", "my", "our", "your",
        "can", "from", "if", "not", "no", "der", "die", "das", "und", "ist", "ein", "eine", "zu", "mit", "von", "für",
    };

    private readonly IndexedDocument[] _documents;
    private readonly Dictionary<string, double>[] _vectors;
    private readonly Dictionary<string, double> _idf;

    /// <summary>Creates the index.</summary>
    /// <param name="documents">The documents; ids need not be unique.</param>
    public InMemoryTextSearch(IEnumerable<IndexedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _documents = [.. documents];
        foreach (IndexedDocument d in _documents)
        {
            ArgumentNullException.ThrowIfNull(d, nameof(documents));
            ArgumentNullException.ThrowIfNull(d.Text, nameof(documents));
        }

        List<string>[] tokens = [.. _documents.Select(d => Tokenize(d.Text))];
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (List<string> t in tokens)
        {
            foreach (string term in t.Distinct()) df[term] = df.GetValueOrDefault(term) + 1;
        }
        int n = _documents.Length;
        _idf = df.ToDictionary(p => p.Key, p => Math.Log((n + 1.0) / (p.Value + 1.0)) + 1.0, StringComparer.Ordinal);
        _vectors = [.. tokens.Select(Vectorize)];
    }

    /// <summary>The indexed documents, in the order given.</summary>
    public IReadOnlyList<IndexedDocument> Documents => _documents;

    /// <summary>Ranks the documents for <paramref name="query"/>.</summary>
    /// <param name="query">The query.</param>
    /// <returns>Every document with its cosine score, best first.</returns>
    public IReadOnlyList<(IndexedDocument Document, double Score)> Rank(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Dictionary<string, double> q = Vectorize(Tokenize(query));
        return [.. _documents
            .Select((d, i) => (Document: d, Score: Cosine(q, _vectors[i]), Index: i))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Index)
            .Select(x => (x.Document, x.Score))];
    }

    /// <inheritdoc />
    public Task<KernelSearchResults<string>> SearchAsync(string query, TextSearchOptions? searchOptions = null, CancellationToken cancellationToken = default)
    {
        List<IndexedDocument> hits = Select(query, searchOptions);
        return Task.FromResult(new KernelSearchResults<string>(ToAsync(hits.Select(d => d.Text), cancellationToken), TotalCount(searchOptions)));
    }

    /// <inheritdoc />
    public Task<KernelSearchResults<TextSearchResult>> GetTextSearchResultsAsync(string query, TextSearchOptions? searchOptions = null, CancellationToken cancellationToken = default)
    {
        List<IndexedDocument> hits = Select(query, searchOptions);
        IEnumerable<TextSearchResult> results = hits.Select(d => new TextSearchResult(d.Text) { Name = d.Source, Link = d.Id });
        return Task.FromResult(new KernelSearchResults<TextSearchResult>(ToAsync(results, cancellationToken), TotalCount(searchOptions)));
    }

    /// <inheritdoc />
    public Task<KernelSearchResults<object>> GetSearchResultsAsync(string query, TextSearchOptions? searchOptions = null, CancellationToken cancellationToken = default)
    {
        List<IndexedDocument> hits = Select(query, searchOptions);
        return Task.FromResult(new KernelSearchResults<object>(ToAsync(hits.Cast<object>(), cancellationToken), TotalCount(searchOptions)));
    }

    private List<IndexedDocument> Select(string query, TextSearchOptions? options)
    {
        ArgumentNullException.ThrowIfNull(query);
        options ??= new TextSearchOptions();
        if (options.Filter is not null) throw new NotSupportedException("InMemoryTextSearch does not support TextSearchOptions.Filter.");
        if (options.Top < 0) throw new ArgumentOutOfRangeException(nameof(options), "TextSearchOptions.Top must not be negative.");
        if (options.Skip < 0) throw new ArgumentOutOfRangeException(nameof(options), "TextSearchOptions.Skip must not be negative.");
        return [.. Rank(query).Skip(options.Skip).Take(options.Top).Select(x => x.Document)];
    }

    private long? TotalCount(TextSearchOptions? options) => options?.IncludeTotalCount == true ? _documents.Length : null;

    private Dictionary<string, double> Vectorize(List<string> tokens)
    {
        var v = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string t in tokens) v[t] = v.GetValueOrDefault(t) + 1.0;
        foreach (string t in v.Keys.ToList()) v[t] = (1.0 + Math.Log(v[t])) * _idf.GetValueOrDefault(t, 0.0);
        return v;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        double dot = 0;
        foreach ((string term, double w) in a)
        {
            if (b.TryGetValue(term, out double other)) dot += w * other;
        }
        if (dot == 0) return 0;
        double na = Math.Sqrt(a.Values.Sum(x => x * x));
        double nb = Math.Sqrt(b.Values.Sum(x => x * x));
        return dot / (na * nb);
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        foreach (Match m in TokenRegex().Matches(text.ToLowerInvariant()))
        {
            string t = m.Value;
            if (s_stopWords.Contains(t)) continue;
            if (t.Length > 3 && t.EndsWith('s') && !t.EndsWith("ss", StringComparison.Ordinal)) t = t[..^1];
            tokens.Add(t);
        }
        return tokens;
    }

    private static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (T item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }

    [GeneratedRegex(@"\p{L}+|\d+", RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();
}
