using Microsoft.SemanticKernel.Data;
using SecureKernel.Testing;

namespace SecureKernel.Tests.Testing;

[TestClass]
public sealed class InMemoryTextSearchTests
{
    public TestContext TestContext { get; set; } = null!;

    private static readonly InMemoryTextSearch s_index = new(DemoDocuments.All);

    [TestMethod]
    public async Task Search_RanksTheMatchingDocumentFirst_AndHonoursTop()
    {
        KernelSearchResults<string> results = await s_index.SearchAsync("How many days of paid leave do I get?", new TextSearchOptions { Top = 2 }, TestContext.CancellationToken);
        List<string> texts = await ToListAsync(results.Results);

        Assert.HasCount(2, texts);
        StringAssert.StartsWith(texts[0], "Full-time employees have 28 days of paid leave");
    }

    [TestMethod]
    public async Task TextSearchResults_CarrySourceAndId_AndSkipWorks()
    {
        KernelSearchResults<TextSearchResult> first = await s_index.GetTextSearchResultsAsync("travel expense limit", new TextSearchOptions { Top = 1, IncludeTotalCount = true }, TestContext.CancellationToken);
        KernelSearchResults<TextSearchResult> second = await s_index.GetTextSearchResultsAsync("travel expense limit", new TextSearchOptions { Top = 1, Skip = 1 }, TestContext.CancellationToken);
        TextSearchResult top = (await ToListAsync(first.Results)).Single();
        TextSearchResult next = (await ToListAsync(second.Results)).Single();

        Assert.AreEqual("handbook/expenses.md", top.Name);
        Assert.AreEqual("handbook/expenses#1", top.Link);
        Assert.AreEqual(DemoDocuments.All.Count, first.TotalCount);
        Assert.AreNotEqual(top.Link, next.Link);
    }

    [TestMethod]
    public async Task SearchResults_AreTheDocumentRecords()
    {
        KernelSearchResults<object> results = await s_index.GetSearchResultsAsync("office visitors badge", new TextSearchOptions { Top = 1 }, TestContext.CancellationToken);

        var doc = (IndexedDocument)(await ToListAsync(results.Results)).Single();
        Assert.AreEqual("handbook/office#1", doc.Id);
    }

    [TestMethod]
    public async Task UnrelatedQuery_StillReturnsNearestDocuments_InGivenOrder()
    {
        List<string> texts = await ToListAsync((await s_index.SearchAsync("zzz qqq", new TextSearchOptions { Top = 3 }, TestContext.CancellationToken)).Results);

        CollectionAssert.AreEqual(DemoDocuments.All.Take(3).Select(d => d.Text).ToArray(), texts.ToArray());
    }

    [TestMethod]
    public async Task BadInput_IsRejected()
    {
        Assert.ThrowsExactly<ArgumentNullException>(() => new InMemoryTextSearch(null!));
        await Assert.ThrowsExactlyAsync<ArgumentNullException>(() => s_index.SearchAsync(null!, cancellationToken: TestContext.CancellationToken));
        await Assert.ThrowsExactlyAsync<NotSupportedException>(() => s_index.SearchAsync("x", new TextSearchOptions { Filter = new TextSearchFilter().Equality("a", "b") }, TestContext.CancellationToken));
        Assert.IsEmpty(new InMemoryTextSearch([]).Rank("anything"));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (T item in items) list.Add(item);
        return list;
    }
}
