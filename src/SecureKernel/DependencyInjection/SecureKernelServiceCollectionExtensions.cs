using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using SecureKernel;
using SecureKernel.ChatCompletion;
using SecureKernel.Filters;
using SecureKernel.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers SecureKernel in a service collection.</summary>
public static class SecureKernelServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SecureKernel guard and its Semantic Kernel filters (prompt render, function invocation,
    /// auto-function invocation), moved to the front of the collection so they run outermost. Idempotent: calling it
    /// again only adds configuration. Also decorates every <see cref="IChatCompletionService"/> registered so far so the
    /// direct-chat path (<c>GetChatMessageContentAsync(history, …)</c>) is guarded too. Needs no logging from the host.
    /// </summary>
    /// <remarks>Options are validated when the guard is first resolved (when a kernel is built), listing every error.</remarks>
    public static IServiceCollection AddSecureKernel(this IServiceCollection services, Action<SecureKernelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<SecureKernelOptions>();
        if (configure is not null) builder.Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SecureKernelOptions>, SecureKernelOptionsValidator>());
        var registration = services.Select(d => d.ImplementationInstance).OfType<Registration>().FirstOrDefault();
        if (registration is null)
        {
            registration = new Registration();
            services.AddSingleton(registration);
        }

        services.TryAddSingleton(sp => new SecureKernelGuard(
            sp.GetRequiredService<IOptions<SecureKernelOptions>>().Value,
            sp.GetService<ILoggerFactory>(),
            sp.GetService<TimeProvider>()));

        registration.Filters ??=
        [
            ServiceDescriptor.Singleton<IAutoFunctionInvocationFilter>(sp => new AutoInvocationGuardFilter(sp.GetRequiredService<SecureKernelGuard>())),
            ServiceDescriptor.Singleton<IFunctionInvocationFilter>(sp => new FunctionGuardFilter(sp.GetRequiredService<SecureKernelGuard>())),
            ServiceDescriptor.Singleton<IPromptRenderFilter>(sp => new PromptGuardFilter(sp.GetRequiredService<SecureKernelGuard>())),
        ];

        // Move (or add) our filters to the front so they run outermost, whatever was registered before.
        foreach (var d in registration.Filters)
        {
            services.Remove(d);
            services.Insert(0, d);
        }

        DecorateChatCompletionServices(services, registration);
        return services;
    }

    /// <summary>
    /// Registers SecureKernel (see <see cref="AddSecureKernel(IServiceCollection, Action{SecureKernelOptions}?)"/>) with its
    /// options bound from <paramref name="configuration"/>, e.g. <c>builder.Configuration.GetSection("SecureKernel")</c>,
    /// then <paramref name="configure"/> for what only code can set (detector, callbacks). Lists in configuration
    /// replace the defaults; unknown keys and values that do not convert are validation errors, listed together with every
    /// other validation error when the guard is first resolved (see <see cref="SecureKernelConfigurationBinder"/>).
    /// </summary>
    public static IServiceCollection AddSecureKernel(this IServiceCollection services, IConfiguration configuration, Action<SecureKernelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddSecureKernel(o =>
        {
            o.ConfigurationErrors.AddRange(SecureKernelConfigurationBinder.Bind(configuration, o));
            configure?.Invoke(o);
        });
    }

    private static void DecorateChatCompletionServices(IServiceCollection services, Registration registration)
    {
        for (int i = 0; i < services.Count; i++)
        {
            var d = services[i];
            if (d.ServiceType != typeof(IChatCompletionService)) continue;
            if (registration.Decorated.Contains(d)) continue;
            Func<IServiceProvider, object?, object> inner = d switch
            {
                { IsKeyedService: true, KeyedImplementationInstance: { } inst } => (_, _) => inst,
                { IsKeyedService: true, KeyedImplementationFactory: { } f } => (sp, k) => f(sp, k),
                { IsKeyedService: true, KeyedImplementationType: { } t } => (sp, _) => ActivatorUtilities.CreateInstance(sp, t),
                { IsKeyedService: false, ImplementationInstance: { } inst } => (_, _) => inst,
                { IsKeyedService: false, ImplementationFactory: { } f } => (sp, _) => f(sp),
                { IsKeyedService: false, ImplementationType: { } t } => (sp, _) => ActivatorUtilities.CreateInstance(sp, t),
                _ => throw new InvalidOperationException("Unsupported IChatCompletionService registration."),
            };

            services[i] = d.IsKeyedService
                ? new ServiceDescriptor(typeof(IChatCompletionService), d.ServiceKey, (sp, k) => Decorate(sp, (IChatCompletionService)inner(sp, k)), d.Lifetime)
                : new ServiceDescriptor(typeof(IChatCompletionService), sp => Decorate(sp, (IChatCompletionService)inner(sp, null)), d.Lifetime);
            registration.Decorated.Add(services[i]);
        }
    }

    private static SecureChatCompletionService Decorate(IServiceProvider sp, IChatCompletionService inner) =>
        inner as SecureChatCompletionService ?? new SecureChatCompletionService(inner, sp.GetRequiredService<SecureKernelGuard>());

    /// <summary>Marks a collection that already has SecureKernel, and remembers what was added.</summary>
    private sealed class Registration
    {
        public ServiceDescriptor[]? Filters { get; set; }

        public HashSet<ServiceDescriptor> Decorated { get; } = [];
    }
}
