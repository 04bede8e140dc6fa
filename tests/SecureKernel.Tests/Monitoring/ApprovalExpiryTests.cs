using System.Diagnostics.Metrics;
using Microsoft.SemanticKernel;
using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.Monitoring;

[TestClass]
public sealed class ApprovalExpiryTests
{
    [TestMethod]
    public async Task PendingAndUnusedApprovals_Expire_Counted_AndTheCallAsksAgain()
    {
        long expired = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (i, l) => { if (i.Meter.Name == SecureKernelTelemetry.Name && i.Name == "securekernel.approvals") l.EnableMeasurementEvents(i); },
        };
        listener.SetMeasurementEventCallback<long>((_, v, tags, _) =>
        {
            foreach (var t in tags)
                if (t.Key == "securekernel.approval.outcome" && (string?)t.Value == "expired") Interlocked.Add(ref expired, v);
        });
        listener.Start();

        var time = new ManualTimeProvider();
        var guard = new SecureKernelGuard(new SecureKernelOptions
        {
            Tools = { ApprovalExpiry = TimeSpan.FromMinutes(10), Policies = { ["Mail"] = new ToolPolicy { Consequence = ToolConsequence.External, RequiresApproval = true } } },
        }, timeProvider: time);
        var (kernel, _, mail) = GuardedKernel.Create(guard, "kim");
        var args = new KernelArguments { ["to"] = "colleague@corp.example", ["body"] = "minutes" };

        // Pending, never decided: expires.
        await Assert.ThrowsAsync<SecurityBlockedException>(() => kernel.InvokeAsync("Mail", "send_email", args));
        string first = guard.Approvals.Pending.Single().Id;
        time.Advance(TimeSpan.FromMinutes(11));
        Assert.AreEqual(0, guard.Approvals.Pending.Count);
        Assert.AreEqual(ApprovalStatus.Expired, guard.Approvals.Get(first)!.Status);
        Assert.IsFalse(guard.Approvals.Approve(first, "admin"), "an expired request cannot be approved");

        // Approved, not used in time: the grant expires and the call asks again.
        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => kernel.InvokeAsync("Mail", "send_email", args));
        Assert.AreEqual(SecurityAction.RequireApproval, ex.Verdict.Action);
        string second = guard.Approvals.Pending.Single().Id;
        Assert.AreNotEqual(first, second);
        Assert.IsTrue(guard.Approvals.Approve(second, "admin"));
        time.Advance(TimeSpan.FromMinutes(11));
        await Assert.ThrowsAsync<SecurityBlockedException>(() => kernel.InvokeAsync("Mail", "send_email", args));
        Assert.AreEqual(ApprovalStatus.Expired, guard.Approvals.Get(second)!.Status);
        Assert.AreEqual(0, mail.Outbox.Count);

        // Approved and used in time: runs once.
        string third = guard.Approvals.Pending.Single().Id;
        Assert.IsTrue(guard.Approvals.Approve(third, "admin"));
        time.Advance(TimeSpan.FromMinutes(9));
        await kernel.InvokeAsync("Mail", "send_email", args);
        Assert.AreEqual(1, mail.Outbox.Count);
        Assert.AreEqual(ApprovalStatus.Consumed, guard.Approvals.Get(third)!.Status);

        listener.Dispose();
        Assert.IsTrue(Interlocked.Read(ref expired) >= 2, $"expired counted {expired}");
    }

    [TestMethod]
    public void InvalidExpiry_IsListed()
    {
        var errors = new SecureKernelOptions { Tools = { ApprovalExpiry = TimeSpan.Zero } }.Validate();
        Assert.IsTrue(errors.Any(e => e.StartsWith("Tools.ApprovalExpiry", StringComparison.Ordinal)), string.Join(" | ", errors));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new SecurityApprovals(null, TimeSpan.FromSeconds(-1)));
    }
}
