using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.EndToEnd;

[TestClass]
public sealed class ConcurrencyTests
{
    /// <summary>
    /// 64 kernels share one guard (detector, approvals, rate limits) and run turns concurrently. Users whose turns
    /// retrieve a poisoned document must be blocked; users whose turns retrieve nothing must never see another user's
    /// taint, and per-user rate limits must never leak across users.
    /// </summary>
    [TestMethod]
    public async Task SharedGuard_ConcurrentTurns_NoCrossTalk()
    {
        var guard = new SecureKernelGuard(new SecureKernelOptions
        {
            Tools = { Policies = { ["Mail"] = new ToolPolicy { Consequence = ToolConsequence.External, RateLimitPermits = 1000, RateLimitWindow = TimeSpan.FromHours(1) } } },
        });
        const int Kernels = 64, Turns = 15;
        int tainted = 0, clean = 0;
        var errors = new List<Exception>();

        await Parallel.ForEachAsync(Enumerable.Range(0, Kernels), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (k, ct) =>
        {
            bool poisonedUser = k % 2 == 0;
            var model = new ScriptedModel { SearchTool = poisonedUser ? "Docs_search" : "none" };
            var mail = new MailPlugin();
            var builder = Kernel.CreateBuilder();
            builder.Services.AddChatClient(model).UseSecureKernel(guard).UseKernelFunctionInvocation().UseToolResultGuard(guard);
            builder.AddSecurityFilters(guard);
            builder.Plugins.AddFromObject(new DocsPlugin(Harness.Poisoned), "Docs");
            builder.Plugins.AddFromObject(mail, "Mail");
            var kernel = builder.Build();
            kernel.Data[SecurityPrincipal.ArgumentName] = new SecurityPrincipal("user" + k, [], []);
            if (!poisonedUser)
            {
                // A clean user's model sends an email straight away (no retrieval in its turns).
                model.FinalAnswer = _ => "done";
            }

            for (int t = 0; t < Turns; t++)
            {
                try
                {
                    if (poisonedUser)
                    {
                        await kernel.InvokePromptAsync("What is the travel policy?", new(Harness.Auto), cancellationToken: ct);
                    }
                    else
                    {
                        await kernel.InvokeAsync("Mail", "send_email", new() { ["to"] = "colleague@corp.example", ["body"] = "hello " + t }, ct);
                    }
                }
                catch (Exception ex)
                {
                    lock (errors) errors.Add(ex);
                }
            }

            if (poisonedUser) Interlocked.Add(ref tainted, mail.Outbox.Count);
            else Interlocked.Add(ref clean, mail.Outbox.Count);
        });

        Assert.AreEqual(0, errors.Count, string.Join("\n", errors.Take(3)));
        Assert.AreEqual(0, tainted, "no poisoned turn exfiltrated");
        Assert.AreEqual(Kernels / 2 * Turns, clean, "no clean user's call was blocked by another user's taint or rate limit");
    }
}
