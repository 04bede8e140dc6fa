namespace SecureKernel;

/// <summary>What happens to an image whose URL is not allowed (host not allowed, data-carrying, or over the cap).</summary>
public enum OutputImagePolicy
{
    /// <summary>The image is removed; nothing is left in its place.</summary>
    Remove,

    /// <summary>
    /// The image is replaced by a non-clickable text notice with its alt text and, when the URL carries no data,
    /// the full URL as code text. Nothing is fetched.
    /// </summary>
    ReplaceWithNotice,
}
