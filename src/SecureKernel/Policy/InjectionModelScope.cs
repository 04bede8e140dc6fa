namespace SecureKernel;

/// <summary>Which content an ONNX injection classifier of <see cref="RetrievalGuardOptions.AdditionalModels"/> scans.</summary>
public enum InjectionModelScope
{
    /// <summary>User input and every retrieved chunk (the default).</summary>
    All = 0,

    /// <summary>
    /// User input only: the model joins the ensemble that reads the user's message, and retrieved chunks are scanned without
    /// it. For a slower, more accurate model on the one short text per turn, while the fast model keeps a retrieval of many
    /// chunks within budget (README, "Which configuration").
    /// </summary>
    UserInput = 1,
}
