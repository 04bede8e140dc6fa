using System.ComponentModel.DataAnnotations;

namespace SecureKernel.Examples.WebChat;

/// <summary>What happens to uploaded documents (section <c>WebChat:Upload</c>).</summary>
public sealed class UploadOptions
{
    /// <summary>What happens to an upload the injection detector flags.</summary>
    public FlaggedUploadAction FlaggedAction { get; set; } = FlaggedUploadAction.Refuse;

    /// <summary>The longest document accepted, in characters; longer uploads are refused (never cut).</summary>
    [Range(1, 1_000_000)]
    public int MaxChars { get; set; } = 20_000;
}
