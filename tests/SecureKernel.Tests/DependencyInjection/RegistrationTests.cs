using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Data;
using SecureKernel.Filters;

namespace SecureKernel.Tests.DependencyInjection;

[TestClass]
public sealed class RegistrationTests
{
    private sealed class UserFilter : IFunctionInvocationFilter
    {
        public Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next) => next(context);
    }

    [TestMethod]
    public void AddSecurityFilters_Twice_RegistersOnce_AndRunsOutermost()
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton<IFunctionInvocationFilter, UserFilter>();
        builder.AddSecurityFilters(o => o.Retrieval.Threshold = 0.7);
        builder.AddSecurityFilters(o => o.Mode = GuardMode.Observe);
        var kernel = builder.Build(); // no logging registered: must still resolve

        Assert.AreEqual(1, kernel.FunctionInvocationFilters.OfType<FunctionGuardFilter>().Count());
        Assert.IsInstanceOfType<FunctionGuardFilter>(kernel.FunctionInvocationFilters[0], "guards run outermost");
        Assert.IsInstanceOfType<PromptGuardFilter>(kernel.PromptRenderFilters[0]);
        Assert.IsInstanceOfType<AutoInvocationGuardFilter>(kernel.AutoFunctionInvocationFilters[0]);
        var guard = kernel.GetSecurityGuard()!;
        Assert.AreEqual(0.7, guard.Options.Retrieval.Threshold, "both configure calls apply");
        Assert.AreEqual(GuardMode.Observe, guard.Options.Mode);
        Assert.AreSame(guard, kernel.GetRequiredService<SecureKernelGuard>());
    }

    [TestMethod]
    public void InvalidOptions_ListEveryError_WhenKernelIsBuilt()
    {
        var builder = Kernel.CreateBuilder();
        builder.AddSecurityFilters(o =>
        {
            o.Input.MaxUserChars = -1;
            o.Retrieval.Threshold = 1.5;
            o.Tools.Add("Mail", new ToolPolicy { RateLimitPermits = 3, RateLimitWindow = TimeSpan.Zero });
        });
        var ex = Assert.ThrowsExactly<OptionsValidationException>(() => builder.Build());
        Assert.AreEqual(3, ex.Failures.Count(), string.Join("\n", ex.Failures));
        StringAssert.Contains(ex.Message, "Input.MaxUserChars");
        StringAssert.Contains(ex.Message, "Retrieval.Threshold");
        StringAssert.Contains(ex.Message, "Tools.Policies[Mail].RateLimitWindow");
    }

    [TestMethod]
    public void KernelExtension_ValidatesEagerly_InsertsAtZero_Idempotent()
    {
        var kernel = new Kernel();
        kernel.FunctionInvocationFilters.Add(new UserFilter());
        Assert.ThrowsExactly<OptionsValidationException>(() => kernel.AddSecurityFilters(o => o.Retrieval.Threshold = -1));
        Assert.AreEqual(1, kernel.FunctionInvocationFilters.Count, "nothing added on failure");

        kernel.AddSecurityFilters();
        kernel.AddSecurityFilters();
        Assert.AreEqual(2, kernel.FunctionInvocationFilters.Count);
        Assert.IsInstanceOfType<FunctionGuardFilter>(kernel.FunctionInvocationFilters[0]);
        Assert.AreEqual(1, kernel.PromptRenderFilters.Count);
        Assert.AreEqual(1, kernel.AutoFunctionInvocationFilters.Count);
    }

    [TestMethod]
    public void AddSecureKernel_ServiceCollection_Idempotent()
    {
        var services = new ServiceCollection();
        services.AddSecureKernel().AddSecureKernel();
        Assert.AreEqual(1, services.Count(d => d.ServiceType == typeof(IFunctionInvocationFilter)));
        Assert.AreEqual(1, services.Count(d => d.ServiceType == typeof(SecureKernelGuard)));
        using var sp = services.BuildServiceProvider();
        Assert.IsNotNull(sp.GetRequiredService<SecureKernelGuard>());
    }

    [TestMethod]
    public void NullArguments_Throw()
    {
        Assert.ThrowsExactly<ArgumentNullException>(() => ((IKernelBuilder)null!).AddSecurityFilters());
        Assert.ThrowsExactly<ArgumentNullException>(() => ((Kernel)null!).AddSecurityFilters());
        Assert.ThrowsExactly<ArgumentNullException>(() => ((IServiceCollection)null!).AddSecureKernel());
        Assert.ThrowsExactly<ArgumentNullException>(() => new SecureKernelGuard(null!));
        Assert.ThrowsExactly<ArgumentNullException>(() => ((ITextSearch)null!).AsUntrusted(new SecureKernelGuard(new SecureKernelOptions())));
    }
}
