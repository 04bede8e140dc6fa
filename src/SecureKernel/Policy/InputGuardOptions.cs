using System.ComponentModel.DataAnnotations;

namespace SecureKernel;

/// <summary>Limits and checks for user text.</summary>
public sealed class InputGuardOptions
{
    /// <summary>Whether user input is scanned.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Maximum length of one user message in characters.</summary>
    /// <value>The default is 32,000.</value>
    [Range(1, 10_000_000)]
    public int MaxUserChars { get; set; } = 32_000;

    /// <summary>Maximum length of one retrieved chunk or tool result in characters.</summary>
    /// <value>The default is 200,000.</value>
    [Range(1, 50_000_000)]
    public int MaxRetrievedChars { get; set; } = 200_000;

    /// <summary>Whether a flagged user message blocks the turn (enforce mode) or is only recorded.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool BlockFlaggedUserInput { get; set; } = true;
}
