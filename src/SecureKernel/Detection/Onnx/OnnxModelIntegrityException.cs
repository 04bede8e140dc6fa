namespace SecureKernel;

/// <summary>
/// Thrown when a model folder is missing a file, a file does not match the SHA-256 in its manifest, or the manifest is
/// malformed or inconsistent with the model. Nothing from the folder is loaded when this is thrown.
/// </summary>
public sealed class OnnxModelIntegrityException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OnnxModelIntegrityException()
    {
        FileName = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public OnnxModelIntegrityException(string message)
        : base(message)
    {
        FileName = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public OnnxModelIntegrityException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = string.Empty;
    }

    /// <summary>Creates the exception for a file.</summary>
    /// <param name="fileName">The file, relative to the model folder.</param>
    /// <param name="message">What is wrong; must name the file.</param>
    /// <param name="innerException">The cause, if any.</param>
    public OnnxModelIntegrityException(string fileName, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        FileName = fileName;
    }

    /// <summary>The offending file, relative to the model folder (empty when not about one file).</summary>
    public string FileName { get; }
}
