using Microsoft.Extensions.Time.Testing;
using Microsoft.SemanticKernel;
using SecureKernel.Tests.Infrastructure;

namespace SecureKernel.Tests.Profiles;

/// <summary>Partitioned tool rate limits on the guard's clock, through kernel invocation.</summary>
[TestClass]
public sealed class PartitionedRateLimitTests
{
    private static readonly DateTimeOffset s_start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Harness Create(FakeTimeProvider time, Action<SecureKernelOptions> configure) =>
        Harness.Create(secure: true, document: Harness.Benign, mailPolicy: false, time: time, configure: o =>
        {
            o.Tools.Add("Mail", new ToolPolicy { Consequence = ToolConsequence.External, AcceptsUntrustedContext = true });
            configure(o);
        });

    private static Task<FunctionResult> Mail(Harness h, string user) =>
        h.Kernel.InvokeAsync("Mail", "send_email", new() { ["to"] = "a@b.c", ["body"] = "x", [SecurityPrincipal.ArgumentName] = new SecurityPrincipal(user, [], []) });

    private static Task<FunctionResult> Search(Harness h, string user) =>
        h.Kernel.InvokeAsync("Docs", "search", new() { ["query"] = "q", [SecurityPrincipal.ArgumentName] = new SecurityPrincipal(user, [], []) });

    [TestMethod]
    public async Task PerUser_And_PerTool_PartitionsAreIndependent_ARefusedCallConsumesNoOtherPermit()
    {
        var time = new FakeTimeProvider(s_start);
        var h = Create(time, o =>
        {
            o.RateLimits.Add(new RateLimitRule { Name = "user-calls", Partition = RateLimitPartition.User, Algorithm = RateLimitAlgorithm.FixedWindow, PermitLimit = 3, Window = TimeSpan.FromHours(1) });
            o.RateLimits.Add(new RateLimitRule { Name = "mail-total", Target = "Mail.send_email", Partition = RateLimitPartition.Tool, Algorithm = RateLimitAlgorithm.FixedWindow, PermitLimit = 2, Window = TimeSpan.FromHours(1) });
        });

        await Mail(h, "alice");
        await Mail(h, "alice");
        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => Mail(h, "bob"));
        StringAssert.Contains(ex.Verdict.Reason, "rate limit 'mail-total' reached");
        StringAssert.Contains(ex.Verdict.Reason, "for this tool (all users)");
        Assert.AreEqual("mail-total", ex.Verdict.Findings.Single(f => f.Kind == FindingKind.RateLimited).Detail);

        // Bob's refused mail took no permit from his per-user partition: he still has 3 calls.
        for (int i = 0; i < 3; i++) await Search(h, "bob");
        ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => Search(h, "bob"));
        StringAssert.Contains(ex.Verdict.Reason, "rate limit 'user-calls' reached");

        // Alice used 2 of her 3; the per-tool limit does not touch her searches.
        await Search(h, "alice");
        await Assert.ThrowsAsync<SecurityBlockedException>(() => Search(h, "alice"));
        Assert.AreEqual(2, h.Mail.Outbox.Count);
        Assert.AreEqual(4, h.Docs.Calls);

        time.Advance(TimeSpan.FromHours(1));
        await Mail(h, "bob");
        Assert.AreEqual(3, h.Mail.Outbox.Count, "a new fixed window");
    }

    [TestMethod]
    public async Task TokenBucket_ReplenishesOnTheFakeClock_CappedAtTheBucketSize()
    {
        var time = new FakeTimeProvider(s_start);
        var h = Create(time, o => o.RateLimits.Add(new RateLimitRule
        {
            Target = "Mail", Partition = RateLimitPartition.UserAndPlugin, Algorithm = RateLimitAlgorithm.TokenBucket, PermitLimit = 2, TokensPerPeriod = 1, Window = TimeSpan.FromMinutes(1),
        }));

        await Mail(h, "alice");
        await Mail(h, "alice");
        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => Mail(h, "alice"));
        StringAssert.Contains(ex.Verdict.Reason, "token bucket of 2, 1 per 00:01:00");
        StringAssert.Contains(ex.Verdict.Reason, "retry after 60 s");
        await Mail(h, "bob"); // another user's bucket

        time.Advance(TimeSpan.FromSeconds(59));
        await Assert.ThrowsAsync<SecurityBlockedException>(() => Mail(h, "alice"));
        time.Advance(TimeSpan.FromSeconds(1));
        await Mail(h, "alice");
        await Assert.ThrowsAsync<SecurityBlockedException>(() => Mail(h, "alice"));

        time.Advance(TimeSpan.FromMinutes(10));
        await Mail(h, "alice");
        await Mail(h, "alice");
        await Assert.ThrowsAsync<SecurityBlockedException>(() => Mail(h, "alice"), "ten periods refill at most the bucket size");
        Assert.AreEqual(6, h.Mail.Outbox.Count);
    }

    [TestMethod]
    public async Task SlidingWindow_ReleasesPermitsSegmentBySegment()
    {
        var time = new FakeTimeProvider(s_start);
        var h = Create(time, o => o.RateLimits.Add(new RateLimitRule
        {
            Target = "Mail.send_email", Algorithm = RateLimitAlgorithm.SlidingWindow, PermitLimit = 2, SegmentsPerWindow = 4, Window = TimeSpan.FromMinutes(4),
        }));

        await Mail(h, "alice");                       // segment 0
        time.Advance(TimeSpan.FromMinutes(2));
        await Mail(h, "alice");                       // segment 2
        await Assert.ThrowsAsync<SecurityBlockedException>(() => Mail(h, "alice"));
        time.Advance(TimeSpan.FromMinutes(2));        // segment 0 slid out, segment 2 still counts
        await Mail(h, "alice");
        await Assert.ThrowsAsync<SecurityBlockedException>(() => Mail(h, "alice"));
        Assert.AreEqual(3, h.Mail.Outbox.Count);
    }

    [TestMethod]
    public async Task LegacyPolicyLimit_StillApplies_PerProfile()
    {
        var time = new FakeTimeProvider(s_start);
        var h = Create(time, o =>
        {
            var partner = new TrustProfile();
            partner.Tools.Add("Mail", new ToolPolicy { Consequence = ToolConsequence.External, AcceptsUntrustedContext = true, RateLimitPermits = 1, RateLimitWindow = TimeSpan.FromHours(1) });
            o.Profiles["partner"] = partner;
        });
        using var scope = TrustProfileScope.Begin("partner");
        await Mail(h, "alice");
        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => Mail(h, "alice"));
        StringAssert.Contains(ex.Verdict.Reason, "rate limit of 1 calls per 01:00:00 reached for this user");
    }

    [TestMethod]
    public async Task Partitions_AreBounded_IdleOnesEvicted_FullCapFailsClosed()
    {
        var time = new FakeTimeProvider(s_start);
        var h = Create(time, o =>
        {
            o.MaxLimiterPartitions = 10;
            o.RateLimits.Add(new RateLimitRule { Partition = RateLimitPartition.User, Algorithm = RateLimitAlgorithm.FixedWindow, PermitLimit = 5, Window = TimeSpan.FromMinutes(1) });
        });
        var guard = h.Kernel.GetRequiredService<SecureKernelGuard>();
        for (int i = 0; i < 10; i++) await Search(h, "user" + i);
        Assert.AreEqual(10, guard.RateLimitPartitions);

        var ex = await Assert.ThrowsAsync<SecurityBlockedException>(() => Search(h, "user10"));
        StringAssert.Contains(ex.Verdict.Reason, "too many active rate-limit partitions (limit 10)");
        await Search(h, "user3"); // an existing partition still works

        time.Advance(TimeSpan.FromMinutes(1)); // every window ended: the partitions hold nothing and are evicted on demand
        for (int i = 10; i < 20; i++) await Search(h, "user" + i);
        Assert.IsLessThanOrEqualTo(10, guard.RateLimitPartitions);
    }

    [TestMethod]
    public async Task ConcurrentCalls_NeverExceedAnyPartitionsLimit()
    {
        var time = new FakeTimeProvider(s_start);
        var h = Create(time, o =>
        {
            o.RateLimits.Add(new RateLimitRule { Target = "Docs", Partition = RateLimitPartition.Tool, Algorithm = RateLimitAlgorithm.TokenBucket, PermitLimit = 100, Window = TimeSpan.FromHours(1) });
            o.RateLimits.Add(new RateLimitRule { Target = "Docs", Partition = RateLimitPartition.User, Algorithm = RateLimitAlgorithm.SlidingWindow, PermitLimit = 7, Window = TimeSpan.FromHours(1) });
        });
        int allowed = 0, refused = 0;
        var perUser = new int[20];
        await Parallel.ForEachAsync(Enumerable.Range(0, 400), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            int user = i % 20;
            try
            {
                await Search(h, "user" + user);
                Interlocked.Increment(ref allowed);
                Interlocked.Increment(ref perUser[user]);
            }
            catch (SecurityBlockedException)
            {
                Interlocked.Increment(ref refused);
            }
        });

        // 20 users x 7 = 140 per-user permits, but the tool-wide bucket holds 100.
        Assert.AreEqual(100, allowed);
        Assert.AreEqual(300, refused);
        Assert.AreEqual(100, h.Docs.Calls);
        Assert.IsTrue(perUser.All(n => n <= 7), string.Join(",", perUser));
    }
}
