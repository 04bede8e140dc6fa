namespace SecureKernel;

/// <summary>
/// Implemented by detectors that load a model file, so the posture report can tell whether its integrity was verified.
/// Detectors without a model (the built-in rule detector) do not implement it.
/// </summary>
public interface IModelBackedDetector
{
    /// <summary>A name or version of the loaded model (no path secrets).</summary>
    string ModelId { get; }

    /// <summary>True when the model file's hash (or signature) was checked against a pinned value before it was loaded.</summary>
    bool ModelVerified { get; }
}
