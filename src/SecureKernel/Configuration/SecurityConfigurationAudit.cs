using System.Reflection;
using Microsoft.SemanticKernel;

namespace SecureKernel;

/// <summary>
/// Reports every <c>AllowDangerouslySetContent</c> opt-out that makes role injection possible: prompt template configs,
/// input variables, template factories registered in the kernel, and prompt functions already created in its plugins.
/// </summary>
public static class SecurityConfigurationAudit
{
    private const string Detector = "configuration";

    /// <summary>Findings for one prompt template configuration.</summary>
    public static IReadOnlyList<SecurityFinding> Inspect(PromptTemplateConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var findings = new List<SecurityFinding>();
        string name = config.Name ?? "(unnamed prompt)";
        if (config.AllowDangerouslySetContent)
            findings.Add(new(FindingKind.DangerousConfiguration, $"{name}: PromptTemplateConfig.AllowDangerouslySetContent=true (function results are rendered unencoded)", 1, Detector));
        foreach (var v in config.InputVariables.Where(v => v.AllowDangerouslySetContent))
            findings.Add(new(FindingKind.DangerousConfiguration, $"{name}: input variable '{v.Name}' has AllowDangerouslySetContent=true (its value can forge chat roles)", 1, Detector));
        return findings;
    }

    /// <summary>Findings for a kernel: registered template factories and every prompt function in its plugins.</summary>
    public static IReadOnlyList<SecurityFinding> Inspect(Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var findings = new List<SecurityFinding>(InspectTemplateFactories(kernel));
        foreach (var plugin in kernel.Plugins)
        {
            foreach (var function in plugin)
                findings.AddRange(Inspect(function));
        }

        return findings;
    }

    /// <summary>Findings for the prompt template factories registered in the kernel's services.</summary>
    public static IReadOnlyList<SecurityFinding> InspectTemplateFactories(Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        return kernel.GetAllServices<IPromptTemplateFactory>()
            .Where(f => f is KernelPromptTemplateFactory { AllowDangerouslySetContent: true })
            .Select(_ => new SecurityFinding(FindingKind.DangerousConfiguration, "KernelPromptTemplateFactory.AllowDangerouslySetContent=true (all variables and function results are rendered unencoded)", 1, Detector))
            .Take(1)
            .ToList();
    }

    /// <summary>Findings for one kernel function (prompt functions only; native functions have no template).</summary>
    /// <remarks>SK does not expose a prompt function's template settings, so this reads them by reflection and reports when it cannot.</remarks>
    public static IReadOnlyList<SecurityFinding> Inspect(KernelFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        if (!Runtime.KernelFunctionKinds.IsPromptFunction(function)) return [];
        string name = function.PluginName is null ? function.Name : function.PluginName + "." + function.Name;
        try
        {
            object? template = function.GetType().GetField("_promptTemplate", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(function);
            if (template is null) return [];
            var t = template.GetType();
            var findings = new List<SecurityFinding>();
            if (t.GetField("_allowDangerouslySetContent", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(template) is true)
                findings.Add(new(FindingKind.DangerousConfiguration, $"{name}: the prompt template renders function results unencoded (AllowDangerouslySetContent)", 1, Detector));
            if (t.GetField("_safeBlocks", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(template) is HashSet<string> { Count: > 0 } safe)
            {
                foreach (var v in safe.Order(StringComparer.Ordinal))
                    findings.Add(new(FindingKind.DangerousConfiguration, $"{name}: input variable '{v}' is rendered unencoded (AllowDangerouslySetContent)", 1, Detector));
            }
            return findings;
        }
        catch (Exception ex) when (ex is FieldAccessException or TargetException or MemberAccessException)
        {
            return [new(FindingKind.DangerousConfiguration, $"{name}: template settings could not be inspected", 0.5, Detector)];
        }
    }
}
