using Microsoft.Extensions.DependencyInjection;
using SecureKernel;

namespace Microsoft.Extensions.AI;

/// <summary>Adds SecureKernel stages to an <see cref="IChatClient"/> pipeline.</summary>
public static class SecureKernelChatClientBuilderExtensions
{
    /// <summary>
    /// Adds the outer stage (user input, approvals, turn end). Call it before <c>UseKernelFunctionInvocation()</c>.
    /// The guard is, in order: <paramref name="guard"/>, the <see cref="SecureKernelGuard"/> registered in DI, or a new one
    /// built from <paramref name="configure"/>.
    /// </summary>
    public static ChatClientBuilder UseSecureKernel(this ChatClientBuilder builder, SecureKernelGuard? guard = null, Action<SecureKernelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, sp) => new SecureKernelChatClient(inner, Resolve(guard, sp, configure)));
    }

    /// <summary>
    /// Adds the inner stage that wraps and scans every tool result before each model round trip. Call it after
    /// <c>UseKernelFunctionInvocation()</c> (or <c>UseFunctionInvocation()</c>).
    /// </summary>
    public static ChatClientBuilder UseToolResultGuard(this ChatClientBuilder builder, SecureKernelGuard? guard = null, Action<SecureKernelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, sp) => new ToolResultGuardChatClient(inner, Resolve(guard, sp, configure)));
    }

    private static SecureKernelGuard Resolve(SecureKernelGuard? guard, IServiceProvider services, Action<SecureKernelOptions>? configure)
    {
        if (guard is not null) return guard;
        if (services.GetService<SecureKernelGuard>() is { } registered) return registered;
        var options = new SecureKernelOptions();
        configure?.Invoke(options);
        return new SecureKernelGuard(options);
    }
}
