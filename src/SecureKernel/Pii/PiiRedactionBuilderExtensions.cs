using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SecureKernel;

/// <summary>Registers <see cref="PiiLogRedactor"/> with <c>Microsoft.Extensions.Compliance.Redaction</c>.</summary>
public static class PiiRedactionBuilderExtensions
{
    /// <summary>
    /// Uses SecureKernel's PII and secret recognizers for the given data classifications (or as the fallback redactor
    /// when none are given), so that logs and telemetry are redacted by the same rules as model output.
    /// </summary>
    /// <param name="builder">The redaction builder from <c>services.AddRedaction(b =&gt; …)</c>.</param>
    /// <param name="classifications">Classifications to redact with it; empty to make it the fallback redactor.</param>
    /// <returns>The builder.</returns>
    public static IRedactionBuilder AddSecureKernelPiiRedactor(this IRedactionBuilder builder, params DataClassificationSet[] classifications)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(classifications);
        builder.Services.TryAddSingleton<PiiRedactor>(_ => PiiRedactor.Default);
        builder.Services.TryAddSingleton<PiiLogRedactor>(sp => new PiiLogRedactor(sp.GetRequiredService<PiiRedactor>()));
        return classifications.Length == 0
            ? builder.SetFallbackRedactor<PiiLogRedactor>()
            : builder.SetRedactor<PiiLogRedactor>(classifications);
    }
}
