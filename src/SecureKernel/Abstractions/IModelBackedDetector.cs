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

    /// <summary>Whether the model's signature was checked with a trusted public key before it was loaded.</summary>
    /// <value>The default is <see cref="ModelSignatureStatus.NotSupported"/>, for detectors that have no signed-model support.</value>
    ModelSignatureStatus SignatureStatus => ModelSignatureStatus.NotSupported;

    /// <summary>The id of the key that signed the model (lower-case hex SHA-256 of its SubjectPublicKeyInfo) when <see cref="SignatureStatus"/> is <see cref="ModelSignatureStatus.Verified"/>; otherwise null.</summary>
    string? SignatureKeyId => null;
}
