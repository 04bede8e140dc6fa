namespace SecureKernel.Corpus.Tests;

/// <summary>One labelled row of a dataset's data.jsonl.</summary>
public sealed record CorpusRow(string Text, int Label, string Kind, string Source, string Slice);
