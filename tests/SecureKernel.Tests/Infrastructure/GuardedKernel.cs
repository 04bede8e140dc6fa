using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace SecureKernel.Tests.Infrastructure;

/// <summary>A kernel over the scripted model that uses a guard the test built (own clock, sinks, logger), for one user.</summary>
internal static class GuardedKernel
{
    public static (Kernel Kernel, ScriptedModel Model, MailPlugin Mail) Create(SecureKernelGuard guard, string userId, string document = Harness.Benign)
    {
        var model = new ScriptedModel();
        var mail = new MailPlugin();
        var builder = Kernel.CreateBuilder();
        builder.Services.AddChatClient(model).UseSecureKernel(guard).UseKernelFunctionInvocation().UseToolResultGuard(guard);
        builder.AddSecurityFilters(guard);
        builder.Plugins.AddFromObject(new DocsPlugin(document), "Docs");
        builder.Plugins.AddFromObject(mail, "Mail");
        var kernel = builder.Build();
        kernel.Data[SecurityPrincipal.ArgumentName] = new SecurityPrincipal(userId, [], []);
        return (kernel, model, mail);
    }
}
