namespace SecureKernel;

/// <summary>Why a guard raised a finding. Stable names: they appear in audit records, telemetry and the CLI.</summary>
public enum FindingKind
{
    /// <summary>A phrase that tries to override, ignore or replace instructions.</summary>
    InstructionOverride,

    /// <summary>A forged chat role or chat-template token (<c>&lt;|im_start|&gt;</c>, <c>[INST]</c>, <c>&lt;message role=…&gt;</c>).</summary>
    RoleForgery,

    /// <summary>Instructions that try to make the model call a tool, send data or visit a URL.</summary>
    ToolOrExfiltrationInstruction,

    /// <summary>Attempts to obtain the system prompt or hidden configuration.</summary>
    PromptExtraction,

    /// <summary>Jailbreak personas and "no restrictions" framings.</summary>
    Jailbreak,

    /// <summary>An encoded payload (base64, hex, URL encoding) that decodes to an attack.</summary>
    EncodedPayload,

    /// <summary>Text hidden from a human reader (HTML comments, invisible styling, tiny or white text).</summary>
    HiddenText,

    /// <summary>Unicode tag characters (U+E0000–U+E007F) that smuggle invisible ASCII.</summary>
    TagCharacters,

    /// <summary>Zero-width characters.</summary>
    InvisibleCharacters,

    /// <summary>Bidirectional control characters.</summary>
    BidiControl,

    /// <summary>Confusable (homoglyph) letters mixed into Latin text.</summary>
    Confusables,

    /// <summary>Control characters outside ordinary whitespace.</summary>
    ControlCharacters,

    /// <summary>Input longer than the configured limit for its origin.</summary>
    LengthExceeded,

    /// <summary>A learned classifier scored the text above its threshold.</summary>
    ClassifierScore,

    /// <summary>A detector failed, timed out or returned an invalid result.</summary>
    DetectorFailure,

    /// <summary>Part of the text was not scanned.</summary>
    Unscanned,

    /// <summary>A tool call after untrusted content entered the turn, by a tool that does not accept it.</summary>
    Tainted,

    /// <summary>The caller lacks a role or scope the tool requires.</summary>
    NotAuthorized,

    /// <summary>The tool needs a human approval.</summary>
    ApprovalRequired,

    /// <summary>A rate limit was hit.</summary>
    RateLimited,

    /// <summary>The tool, plugin or endpoint is disabled.</summary>
    Disabled,

    /// <summary>A canary token appeared where it must not.</summary>
    CanaryLeak,

    /// <summary>Personally identifiable information.</summary>
    Pii,

    /// <summary>A secret: key, token, password, private key.</summary>
    Secret,

    /// <summary>Markup that could run script or clobber the page.</summary>
    UnsafeMarkup,

    /// <summary>A URL or image that could carry data to a host that is not allowed.</summary>
    Exfiltration,

    /// <summary>A prompt template setting that disables encoding and allows role injection.</summary>
    DangerousConfiguration,

    /// <summary>The caller's token or cost budget is used up.</summary>
    BudgetExhausted,

    /// <summary>Many near-duplicate inputs from one user in a short window: a possible model-extraction sweep.</summary>
    ModelExtraction,

    /// <summary>An endpoint's flag rate, block rate or output length deviated from its rolling baseline.</summary>
    BaselineDeviation,
}
