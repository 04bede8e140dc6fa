namespace SecureKernel.Testing;

/// <summary>A document held by <see cref="InMemoryTextSearch"/>.</summary>
/// <param name="Id">The document or chunk id (returned as <c>TextSearchResult.Link</c>).</param>
/// <param name="Source">The source name (returned as <c>TextSearchResult.Name</c>).</param>
/// <param name="Text">The text (returned as <c>TextSearchResult.Value</c>).</param>
public sealed record IndexedDocument(string Id, string Source, string Text);
