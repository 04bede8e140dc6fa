namespace SecureKernel;

/// <summary>Whether and how the signature of a loaded model was checked (see <see cref="IModelBackedDetector.SignatureStatus"/>).</summary>
public enum ModelSignatureStatus
{
    /// <summary>The detector does not support signed models, so nothing can be said.</summary>
    NotSupported,

    /// <summary>The model carries no signature; only its file hashes were checked.</summary>
    Unsigned,

    /// <summary>The model carries a signature but no trusted public key was configured, so the signature was not checked.</summary>
    NotVerified,

    /// <summary>The signature was checked with a configured trusted public key before the model was loaded.</summary>
    Verified,
}
