namespace SecureKernel.Examples.WebChat;

/// <summary>
/// An OpenAI-compatible endpoint (section <c>WebChat:Model</c>, or the environment variables <c>OPENAI_BASE_URL</c>,
/// <c>OPENAI_API_KEY</c>, <c>OPENAI_MODEL</c> as in the console example). All empty: the offline gullible model.
/// </summary>
public sealed class ModelOptions
{
    /// <summary>The base URL; empty means api.openai.com when a key is set.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The API key; local servers often need none (set Endpoint only).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The model id.</summary>
    public string? ModelId { get; set; }

    /// <summary>Whether an endpoint is configured.</summary>
    public bool IsOnline => !string.IsNullOrWhiteSpace(Endpoint) || !string.IsNullOrWhiteSpace(ApiKey);
}
