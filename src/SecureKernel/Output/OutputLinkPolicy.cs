namespace SecureKernel;

/// <summary>What happens to a link whose host is not allowed. Data-carrying links to such hosts are always removed.</summary>
public enum OutputLinkPolicy
{
    /// <summary>The link becomes text: its label followed by the full URL as code text, not clickable and not auto-linked.</summary>
    Neutralize,

    /// <summary>
    /// The link stays clickable with its query and fragment removed, when neither its host nor its path carries data.
    /// Data in a subdomain or path that does not look secret-shaped cannot be recognized; prefer <see cref="Neutralize"/>.
    /// </summary>
    StripQuery,
}
