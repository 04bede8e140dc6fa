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

    /// <summary>The guard whose filters this kernel runs, or null.</summary>
    public static SecureKernelGuard? GetSecurityGuard(this Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        return kernel.FunctionInvocationFilters.OfType<FunctionGuardFilter>().FirstOrDefault()?.Guard;
    }
}
