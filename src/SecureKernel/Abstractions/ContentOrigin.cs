namespace SecureKernel;

/// <summary>Where a piece of text came from. Decides which limits and detectors apply to it.</summary>
public enum ContentOrigin
{
    /// <summary>Text typed by the end user (the principal of the turn).</summary>
    User,

    /// <summary>Retrieved content: search results, documents, tool results. Never trusted.</summary>
    Retrieved,

    /// <summary>A tool result that is not a retrieval result.</summary>
    Tool,

    /// <summary>Text produced by the model.</summary>
    Model,

    /// <summary>System or developer instructions. Never sent to a detector.</summary>
    System,
}
