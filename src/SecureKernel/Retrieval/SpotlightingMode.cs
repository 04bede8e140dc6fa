namespace SecureKernel;

/// <summary>How untrusted content is marked inside its wrapper (Hines et al., "Defending Against Indirect Prompt Injection Attacks With Spotlighting").</summary>
public enum SpotlightingMode
{
    /// <summary>Only the encoded wrapper; no system instruction is added.</summary>
    None,

    /// <summary>The wrapper plus a system instruction that content inside it is data, never instructions.</summary>
    Delimit,

    /// <summary>Whitespace in the payload is replaced by a random marker chosen per request.</summary>
    Datamark,

    /// <summary>The payload is base64-encoded; the model is told to decode it and treat it as data.</summary>
    Base64,
}
