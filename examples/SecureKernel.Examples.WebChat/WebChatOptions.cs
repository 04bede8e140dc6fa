using System.ComponentModel.DataAnnotations;

namespace SecureKernel.Examples.WebChat;

/// <summary>The app's own settings (section <c>WebChat</c>); SecureKernel's settings live in section <c>SecureKernel</c>.</summary>
public sealed class WebChatOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "WebChat";

    /// <summary>The port Kestrel listens on at 127.0.0.1; 0 picks a free port (tests).</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 5080;

    /// <summary>Whether pages carry a Content-Security-Policy (script only from the app, images and links only to allowed hosts).</summary>
    public bool ContentSecurityPolicy { get; set; } = true;

    /// <summary>The source name retrieved chunks carry (it appears in taint reasons and in "why?").</summary>
    [Required]
    public string SearchSource { get; set; } = "company-docs";

    /// <summary>How many chunks one search returns.</summary>
    [Range(1, 20)]
    public int SearchTop { get; set; } = 3;

    /// <summary>Document upload settings.</summary>
    public UploadOptions Upload { get; set; } = new();

    /// <summary>The OpenAI-compatible endpoint; empty means the offline model.</summary>
    public ModelOptions Model { get; set; } = new();

    /// <summary>Lists every problem with these options.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        Check(this, "WebChat:", errors);
        Check(Upload, "WebChat:Upload:", errors);
        if (!Enum.IsDefined(Upload.FlaggedAction)) errors.Add("WebChat:Upload:FlaggedAction: must be Refuse or Tag.");
        if (Model.IsOnline && string.IsNullOrWhiteSpace(Model.ModelId)) errors.Add("WebChat:Model:ModelId: required when Endpoint or ApiKey is set (or clear both to run offline).");
        if (Model.IsOnline && !string.IsNullOrWhiteSpace(Model.Endpoint) && !Uri.TryCreate(Model.Endpoint, UriKind.Absolute, out _)) errors.Add("WebChat:Model:Endpoint: must be an absolute URL.");
        return errors;
    }

    private static void Check(object instance, string prefix, List<string> errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        errors.AddRange(results.Select(r => $"{prefix}{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
    }
}
