namespace SecureKernel.Testing;

/// <summary>One row of a <c>data.jsonl</c> file in the shared prompt-injection datasets.</summary>
/// <param name="Text">The text.</param>
/// <param name="Label">1 when the text contains a prompt attack, 0 when benign.</param>
/// <param name="Kind"><c>direct</c>, <c>indirect</c>, <c>jailbreak</c> or <c>benign</c>.</param>
/// <param name="Source">Where the row comes from; encodes the split.</param>
/// <param name="Dataset">The dataset folder the row was loaded from (e.g. <c>bipia</c>).</param>
/// <param name="Split">The split derived from <paramref name="Dataset"/> and <paramref name="Source"/>.</param>
public sealed record PromptInjectionRow(string Text, int Label, string Kind, string Source, string Dataset, DatasetSplit Split)
{
    /// <summary>True when the row is an attack (label 1).</summary>
    public bool IsAttack => Label == 1;
}
