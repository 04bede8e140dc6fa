namespace SecureKernel.Runtime;

/// <summary>One untrusted text to guard, with its provenance.</summary>
internal readonly record struct ChunkInput(string Text, string Source, string? Id);
