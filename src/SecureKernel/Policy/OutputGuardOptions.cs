using System.ComponentModel.DataAnnotations;

namespace SecureKernel;

/// <summary>How model output is checked before the caller sees it.</summary>
public sealed class OutputGuardOptions
{
    /// <summary>The metadata / additional-properties key under which the safe HTML rendering of an answer is attached.</summary>
    public const string HtmlMetadataKey = "securekernel.html";

    /// <summary>Whether output is guarded at all.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Whether output is sanitized as Markdown (HTML escaped, URL egress policy, image cap).</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool Sanitize { get; set; } = true;

    /// <summary>The sanitizer settings: allowed hosts, image and link policies.</summary>
    public OutputSanitizerOptions Sanitizer { get; set; } = new();

    /// <summary>Whether PII and secrets in output are redacted.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool RedactPii { get; set; } = true;

    /// <summary>The entity types redacted in output.</summary>
    /// <value>The default is every pattern-and-checksum type (names, places and organizations are left alone).</value>
    public IList<string> EntityTypes { get; set; } = [.. PiiEntityTypes.PatternBased];

    /// <summary>How found values are replaced.</summary>
    /// <value>The default is <see cref="RedactionOperator.Replace"/> (typed placeholders).</value>
    public RedactionOperator Operator { get; set; } = RedactionOperator.Replace;

    /// <summary>Whether a per-guard canary token is placed in the system instruction and in untrusted wrappers, and output, URLs and tool arguments are checked for it.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool Canaries { get; set; } = true;

    /// <summary>Characters held back while streaming so nothing is released before it was checked.</summary>
    /// <value>The default is 256.</value>
    [Range(16, 65_536)]
    public int StreamingHoldBackChars { get; set; } = 256;

    /// <summary>
    /// Whether the arguments of write and external tools are checked for canaries (block), secrets (block) and sensitive
    /// identifiers such as card numbers, IBANs, SSNs, passports (approval). Recipient identifiers (email, phone, IP) are not.
    /// </summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool CheckToolArguments { get; set; } = true;
}
