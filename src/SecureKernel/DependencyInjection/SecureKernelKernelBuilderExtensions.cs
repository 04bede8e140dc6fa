using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SecureKernel;

namespace Microsoft.SemanticKernel;

/// <summary>Adds SecureKernel to a kernel builder.</summary>
public static class SecureKernelKernelBuilderExtensions
{
    /// <summary>
    /// Adds SecureKernel's guards to every kernel the builder creates: they run outermost, options are validated when
    /// the kernel is built (every error listed), and calling this twice registers the filters once.
    /// Call it after registering chat completion services so the direct-chat path is decorated too.
    /// </summary>
    public static IKernelBuilder AddSecurityFilters(this IKernelBuilder builder, Action<SecureKernelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSecureKernel(configure);
        return builder;
    }

    /// <summary>
    /// Adds SecureKernel's guards with options bound from <paramref name="configuration"/> (a section such as
    /// <c>"SecureKernel"</c>), then <paramref name="configure"/>; see <see cref="SecureKernelConfigurationBinder"/>.
    /// </summary>
    public static IKernelBuilder AddSecurityFilters(this IKernelBuilder builder, IConfiguration configuration, Action<SecureKernelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSecureKernel(configuration, configure);
        return builder;
    }

    /// <summary>Adds SecureKernel's guards using an existing guard (shared with chat-client stages built without DI).</summary>
    public static IKernelBuilder AddSecurityFilters(this IKernelBuilder builder, SecureKernelGuard guard)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(guard);
        builder.Services.AddSingleton(guard);
        builder.Services.AddSecureKernel();
        return builder;
    }
}
