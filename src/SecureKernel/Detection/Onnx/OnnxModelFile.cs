namespace SecureKernel;

/// <summary>One file of a model folder as listed in its manifest.</summary>
/// <param name="Path">The path relative to the model folder (forward slashes, no <c>..</c>).</param>
/// <param name="Sha256">The expected SHA-256, lower-case hex.</param>
public sealed record OnnxModelFile(string Path, string Sha256);
