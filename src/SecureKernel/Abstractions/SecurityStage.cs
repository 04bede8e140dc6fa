namespace SecureKernel;

/// <summary>The guard stage that made a decision.</summary>
public enum SecurityStage
{
    /// <summary>User input before the model.</summary>
    Input,

    /// <summary>Retrieved content and tool results before the model.</summary>
    Retrieval,

    /// <summary>A tool call before it runs.</summary>
    Tool,

    /// <summary>Model output before the caller.</summary>
    Output,

    /// <summary>Start-up configuration checks.</summary>
    Configuration,
}
