namespace SecureKernel.Detection;

internal static partial class InjectionRules
{
    /// <summary>exfil.ai_reader and exfil.sensitive_to_address, language group B (filled in by the port).</summary>
    private static InjectionRule[] AiReaderRulesB() => [];
}
