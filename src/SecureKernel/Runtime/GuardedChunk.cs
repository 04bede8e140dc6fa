namespace SecureKernel.Runtime;

/// <summary>A guarded chunk: what the model may see (wrapped, or a withheld notice) and the verdict.</summary>
internal sealed record GuardedChunk(string ModelText, SecurityVerdict Verdict, bool Dropped);
