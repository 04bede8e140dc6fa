using SecureKernel;
using SecureKernel.Filters;

namespace Microsoft.SemanticKernel;

/// <summary>Adds SecureKernel to an existing kernel (one built without DI).</summary>
public static class SecureKernelKernelExtensions
{
    /// <summary>
    /// Validates the options now (every error listed), then inserts the guards at index 0 of the kernel's filter lists
    /// so they run outermost. Idempotent: a kernel that already has SecureKernel filters is returned unchanged.
    /// </summary>
    public static Kernel AddSecurityFilters(this Kernel kernel, Action<SecureKernelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        if (kernel.GetSecurityGuard() is not null) return kernel;
        var options = new SecureKernelOptions();
        configure?.Invoke(options);
        return kernel.AddSecurityFilters(new SecureKernelGuard(options, kernel.LoggerFactory));
    }

    /// <summary>Adds the filters of an existing guard (to share approvals and limits with chat-client middleware).</summary>
    public static Kernel AddSecurityFilters(this Kernel kernel, SecureKernelGuard guard)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(guard);
        if (kernel.GetSecurityGuard() is not null) return kernel;
        kernel.PromptRenderFilters.Insert(0, new PromptGuardFilter(guard));
        kernel.FunctionInvocationFilters.Insert(0, new FunctionGuardFilter(guard));
        kernel.AutoFunctionInvocationFilters.Insert(0, new AutoInvocationGuardFilter(guard));
        guard.ReportConfiguration(SecurityConfigurationAudit.Inspect(kernel));
        return kernel;
    }

    /// <summary>
    /// The security posture of this kernel: its guard's options, plugins and functions (with the tool policy each gets),
    /// and prompt template opt-outs, mapped to OWASP LLM 2025, MITRE ATLAS and NIST AI RMF, with risky settings flagged.
    /// </summary>
    /// <exception cref="InvalidOperationException">The kernel has no SecureKernel filters.</exception>
    public static PostureReport GetSecurityPosture(this Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var guard = kernel.GetSecurityGuard() ?? throw new InvalidOperationException("The kernel has no SecureKernel filters; call AddSecurityFilters first.");
        return SecurityPosture.Evaluate(guard, kernel);
    }

    /// <summary>The guard whose filters this kernel runs, or null.</summary>
    public static SecureKernelGuard? GetSecurityGuard(this Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        return kernel.FunctionInvocationFilters.OfType<FunctionGuardFilter>().FirstOrDefault()?.Guard;
    }
}
