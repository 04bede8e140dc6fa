namespace SecureKernel.Examples.WebChat;

/// <summary>What happens to an uploaded document the injection detector flags.</summary>
public enum FlaggedUploadAction
{
    /// <summary>It is not indexed; the uploader sees why.</summary>
    Refuse,

    /// <summary>It is indexed and listed as flagged with the reason (retrieval still wraps and tags it).</summary>
    Tag,
}
