using SecureKernel.Testing;

namespace SecureKernel.Examples.WebChat;

/// <summary>One indexed document and what the upload scan said about it.</summary>
/// <param name="Document">The document.</param>
/// <param name="Uploaded">Whether it was uploaded through the page.</param>
/// <param name="FlagReason">Why the upload scan flagged it (no content), or null.</param>
/// <param name="FindingKinds">The finding kinds of the upload scan.</param>
public sealed record IndexedEntry(IndexedDocument Document, bool Uploaded, string? FlagReason, IReadOnlyList<string> FindingKinds);
