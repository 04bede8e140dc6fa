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

    /// <summary>Forces the offline model even when an endpoint is configured (like the console example's <c>--offline</c>).</summary>
    public bool Offline { get; set; }

    /// <summary>Whether the app talks to an endpoint.</summary>
    public bool IsOnline => !Offline && (!string.IsNullOrWhiteSpace(Endpoint) || !string.IsNullOrWhiteSpace(ApiKey));
}
