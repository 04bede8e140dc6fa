namespace SecureKernel;

/// <summary>What to do with a retrieved chunk that a detector flagged.</summary>
public enum ChunkAction
{
    /// <summary>Keep it, wrapped with a <c>flagged="true"</c> attribute and the finding kinds, so the model is warned.</summary>
    Tag,

    /// <summary>Replace it with a notice that a chunk was withheld.</summary>
    Drop,

    /// <summary>Block the whole turn.</summary>
    Block,
}
