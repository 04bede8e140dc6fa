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
        services.TryAddSingleton(sp => new SecureKernelGuard(
            sp.GetRequiredService<IOptions<SecureKernelOptions>>().Value,
            sp.GetService<ILoggerFactory>(),
            sp.GetService<TimeProvider>()));

        AddFront<IPromptRenderFilter, PromptGuardFilter>(services, sp => new PromptGuardFilter(sp.GetRequiredService<SecureKernelGuard>()));
        AddFront<IFunctionInvocationFilter, FunctionGuardFilter>(services, sp => new FunctionGuardFilter(sp.GetRequiredService<SecureKernelGuard>()));
        AddFront<IAutoFunctionInvocationFilter, AutoInvocationGuardFilter>(services, sp => new AutoInvocationGuardFilter(sp.GetRequiredService<SecureKernelGuard>()));
        DecorateChatCompletionServices(services);
        return services;
    }

    private static void AddFront<TService, TImpl>(IServiceCollection services, Func<IServiceProvider, TImpl> factory)
        where TService : class
        where TImpl : class, TService
    {
        for (int i = 0; i < services.Count; i++)
        {
            if (services[i].ServiceType == typeof(TService) && services[i].ImplementationFactory?.Method.ReturnType == typeof(TImpl))
            {
                var existing = services[i];
                services.RemoveAt(i);
                services.Insert(0, existing);
                return;
            }
        }

        services.Insert(0, ServiceDescriptor.Singleton<TService>(sp => factory(sp)));
    }

    private static void DecorateChatCompletionServices(IServiceCollection services)
    {
        for (int i = 0; i < services.Count; i++)
        {
            var d = services[i];
            if (d.ServiceType != typeof(IChatCompletionService)) continue;
            if (d.ImplementationFactory?.Method.ReturnType == typeof(SecureChatCompletionService)) continue;
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
        }
    }

    private static SecureChatCompletionService Decorate(IServiceProvider sp, IChatCompletionService inner) =>
        inner as SecureChatCompletionService ?? new SecureChatCompletionService(inner, sp.GetRequiredService<SecureKernelGuard>());
}
