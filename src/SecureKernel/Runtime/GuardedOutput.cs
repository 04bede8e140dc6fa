namespace SecureKernel.Runtime;

/// <summary>Model output after the output guard: the text for the caller, its safe HTML, and the verdict.</summary>
internal sealed record GuardedOutput(string Text, string? Html, SecurityVerdict Verdict);
