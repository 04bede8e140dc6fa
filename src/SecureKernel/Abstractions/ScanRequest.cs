namespace SecureKernel;

/// <summary>One text for a detector: a chunk, a prompt or a tool result.</summary>
/// <param name="Text">The text. Must not be null.</param>
/// <param name="Origin">Where it came from.</param>
/// <param name="Source">A source name (document, plugin) for audit; never sent anywhere.</param>
/// <param name="Id">An id for the chunk within its source.</param>
public readonly record struct ScanRequest(string Text, ContentOrigin Origin, string? Source = null, string? Id = null);
