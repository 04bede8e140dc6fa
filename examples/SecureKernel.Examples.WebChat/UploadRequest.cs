namespace SecureKernel.Examples.WebChat;

/// <summary>The body of <c>POST /api/documents</c>.</summary>
/// <param name="Source">A name for the document, e.g. <c>notes/trip.md</c>.</param>
/// <param name="Text">The document text.</param>
public sealed record UploadRequest(string? Source, string? Text);
