using SecureKernel.Detection;

namespace SecureKernel.Tests.Detection;

/// <summary>
/// The bound on built rule regexes (<see cref="RuleRegexCache"/>): least recently used dropped beyond the capacity, never
/// those of the current scan (most tests narrow the window of protected recent scans to that one, to see the mechanics),
/// rebuilt on the next use, matches unchanged. These tests use fresh rules and their own cache,
/// so no other test interferes; <c>BeginScan</c> marks where the detector would start scanning a new text.
/// </summary>
[TestClass]
public sealed class RuleRegexCacheTests
{
    private static InjectionRule[] NewRules(RuleRegexCache cache) =>
    [
        new("test.alpha", FindingKind.InstructionOverride, 0.5, @"\balpha\s+override\b", anchors: "alpha") { Cache = cache },
        new("test.beta", FindingKind.InstructionOverride, 0.5, @"\bbeta\s+override\b", anchors: "beta") { Cache = cache },
        new("test.gamma", FindingKind.InstructionOverride, 0.5, @"\bgamma\s+override\b", anchors: "gamma") { Cache = cache },
    ];

    private static bool Match(InjectionRule rule, string text) => rule.TryMatchFirst(RuleText.For(text), out _, out _);

    [TestMethod]
    public void BeyondTheCapacity_TheLeastRecentlyUsedRegexIsDropped()
    {
        var cache = new RuleRegexCache(2) { RecentScans = 1 };
        InjectionRule[] rules = NewRules(cache);

        cache.BeginScan();
        Assert.IsTrue(Match(rules[0], "alpha override"));
        cache.BeginScan();
        Assert.IsTrue(Match(rules[1], "beta override"));
        cache.BeginScan();
        Assert.IsTrue(Match(rules[0], "again alpha override"), "alpha is now more recently used than beta");
        cache.BeginScan();
        Assert.IsTrue(Match(rules[2], "gamma override"));

        Assert.AreEqual(2, cache.Count);
        Assert.IsTrue(rules[0].IsBuilt);
        Assert.IsFalse(rules[1].IsBuilt, "beta was the least recently used");
        Assert.IsTrue(rules[2].IsBuilt);
        Assert.AreEqual(3, cache.Builds);
        Assert.AreEqual(1, cache.Evictions);
    }

    [TestMethod]
    public void ADroppedRegex_IsRebuiltOnItsNextUse_AndMatchesTheSame()
    {
        var cache = new RuleRegexCache(1) { RecentScans = 1 };
        InjectionRule[] rules = NewRules(cache);

        cache.BeginScan();
        Assert.IsTrue(rules[0].TryMatchFirst(RuleText.For("x alpha  override"), out int start, out int length));
        cache.BeginScan();
        Assert.IsTrue(Match(rules[1], "beta override"));
        Assert.IsFalse(rules[0].IsBuilt);

        cache.BeginScan();
        Assert.IsTrue(rules[0].TryMatchFirst(RuleText.For("x alpha  override"), out int again, out int againLength));
        Assert.AreEqual((start, length), (again, againLength));
        Assert.IsFalse(Match(rules[0], "alpha is not an override here"));
        Assert.AreEqual(3, cache.Builds);
        Assert.AreEqual(2, cache.Evictions);
    }

    [TestMethod]
    public void ZeroCapacity_KeepsNoRegexAcrossScans_ButStillMatches()
    {
        var cache = new RuleRegexCache(0) { RecentScans = 1 };
        InjectionRule[] rules = NewRules(cache);

        for (int i = 0; i < 3; i++)
        {
            cache.BeginScan();
            Assert.IsTrue(Match(rules[i], $"{rules[i].Id[5..]} override"));
            Assert.AreEqual(1, cache.Count, "only the current scan's regex is kept");
            Assert.IsTrue(rules[i].IsBuilt);
        }
        Assert.AreEqual(3, cache.Builds);
        Assert.AreEqual(2, cache.Evictions);
    }

    [TestMethod]
    public void OneScanNeedingMoreThanTheCapacity_BuildsEachRegexOnce()
    {
        // plain LRU would drop each regex just before the cycle comes back to it: every use a rebuild
        var cache = new RuleRegexCache(1) { RecentScans = 1 };
        InjectionRule[] rules = NewRules(cache);
        string text = "alpha override, beta override, gamma override";

        cache.BeginScan();
        for (int round = 0; round < 4; round++)
            foreach (InjectionRule rule in rules) Assert.IsTrue(Match(rule, text));

        Assert.AreEqual(3, cache.Builds);
        Assert.AreEqual(0, cache.Evictions);
        Assert.AreEqual(3, cache.Count, "over the capacity until a later scan builds");

        cache.BeginScan();
        Assert.IsFalse(Match(rules[0], "alpha without the word after it"), "a use, not a build: nothing dropped yet");
        Assert.AreEqual(3, cache.Count);
        cache.BeginScan();
        var fourth = new InjectionRule("test.delta", FindingKind.InstructionOverride, 0.5, @"\bdelta\s+override\b", anchors: "delta") { Cache = cache };
        Assert.IsTrue(Match(fourth, "delta override"));
        Assert.AreEqual(1, cache.Count, "the next scan's build drops the others");
        Assert.IsTrue(fourth.IsBuilt);
    }

    [TestMethod]
    public void LoweringTheCapacity_DropsTheLeastRecentlyUsedAtOnce()
    {
        var cache = new RuleRegexCache(10) { RecentScans = 1 };
        InjectionRule[] rules = NewRules(cache);
        cache.BeginScan();
        Assert.IsTrue(Match(rules[2], "gamma override"));
        cache.BeginScan();
        Assert.IsTrue(Match(rules[0], "alpha override"));
        cache.BeginScan();
        Assert.IsTrue(Match(rules[1], "beta override"));

        cache.Capacity = 1;

        Assert.AreEqual(1, cache.Count);
        Assert.IsTrue(rules[1].IsBuilt, "beta was used last");
        Assert.IsFalse(rules[0].IsBuilt);
        Assert.IsFalse(rules[2].IsBuilt);
        Assert.AreEqual(2, cache.Evictions);
    }

    [TestMethod]
    public void AnchorlessTexts_BuildNothing()
    {
        var cache = new RuleRegexCache(1) { RecentScans = 1 };
        InjectionRule[] rules = NewRules(cache);

        foreach (InjectionRule rule in rules) Assert.IsFalse(Match(rule, "a quarterly report without any of the words"));

        Assert.AreEqual(0, cache.Builds);
    }

    [TestMethod]
    public void NegativeCapacity_IsRefused()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new RuleRegexCache(-1));
        var cache = new RuleRegexCache(1);
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => cache.Capacity = -1);
        Assert.AreEqual(1, cache.Capacity);
    }

    [TestMethod]
    [Timeout(60_000, CooperativeCancellation = true)]
    public async Task ConcurrentScans_WithATinyCache_MatchExactlyAsWithoutOne()
    {
        var cache = new RuleRegexCache(1) { RecentScans = 1 };
        InjectionRule[] rules = NewRules(cache);
        string[] texts = ["alpha override", "beta  override", "gamma override now", "alpha beta gamma", "no match here", "GAMMA OVERRIDE"];
        bool[,] expected = new bool[rules.Length, texts.Length];
        InjectionRule[] uncached = NewRules(new RuleRegexCache(int.MaxValue));
        for (int r = 0; r < rules.Length; r++)
            for (int t = 0; t < texts.Length; t++)
                expected[r, t] = Match(uncached[r], texts[t]);

        int mismatches = 0;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(() =>
        {
            for (int i = 0; i < 300; i++)
            {
                cache.BeginScan();
                int r = (i + worker) % rules.Length, t = (i * 7 + worker) % texts.Length;
                if (Match(rules[r], texts[t]) != expected[r, t]) Interlocked.Increment(ref mismatches);
            }
        })));

        Assert.AreEqual(0, mismatches);
        Assert.IsLessThanOrEqualTo(rules.Length, cache.Count);
        Assert.IsGreaterThan(3, cache.Builds, "the tiny cache must have rebuilt regexes");
    }

    [TestMethod]
    public void EveryTrimIntervalScans_TheKeptRegexesAreTrimmed_AndMatchTheSame()
    {
        var cache = new RuleRegexCache(8) { TrimInterval = 2 };
        InjectionRule[] rules = NewRules(cache);

        cache.BeginScan();
        Assert.IsTrue(rules[0].TryMatchFirst(RuleText.For("x alpha  override y"), out int start, out int length));
        Assert.IsTrue(Match(rules[1], "beta override"));
        Assert.AreEqual(0, cache.Trims);
        cache.BeginScan();

        Assert.AreEqual(1, cache.Trims, "the second scan starts with a trim");
        Assert.AreEqual(RegexConstructionCacheReleaser.CanTrimMatchingCaches, cache.TrimmedEntries > 0,
            "the matches built DFA states whose derivative memos the trim dropped");
        Assert.IsTrue(rules[0].IsBuilt, "a trim keeps the regex and its states");
        Assert.IsTrue(rules[0].TryMatchFirst(RuleText.For("x alpha  override y"), out int again, out int againLength));
        Assert.AreEqual((start, length), (again, againLength));
        Assert.IsFalse(Match(rules[1], "beta is no override"));
        Assert.AreEqual(2, cache.Builds, "a trim rebuilds nothing");

        cache.TrimInterval = 0;
        for (int i = 0; i < 10; i++) cache.BeginScan();
        Assert.AreEqual(1, cache.Trims, "interval 0 never trims");
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => cache.TrimInterval = -1);
        Assert.AreEqual(RuleRegexCache.DefaultTrimInterval, new RuleRegexCache(1).TrimInterval);
    }

    [TestMethod]
    public void ATextNeedingEveryRule_ComingBackWithinTheWindow_RebuildsNothing()
    {
        // a crafted text holding every anchor, between texts that build other rules: with a window of one scan each of its
        // returns rebuilds what the others pushed out; within the window nothing is rebuilt
        foreach ((int window, bool rebuilds) in new[] { (1, true), (RuleRegexCache.DefaultRecentScans, false) })
        {
            var cache = new RuleRegexCache(1) { RecentScans = window };
            InjectionRule[] rules = NewRules(cache);
            var others = Enumerable.Range(0, 6).Select(i => new InjectionRule($"test.other{i}", FindingKind.InstructionOverride, 0.5,
                $@"\bother{i}\s+override\b", anchors: $"other{i}") { Cache = cache }).ToArray();
            string crafted = "alpha override, beta override, gamma override";

            cache.BeginScan();
            foreach (InjectionRule rule in rules) Assert.IsTrue(Match(rule, crafted));
            long firstBuilds = cache.Builds;
            for (int round = 0; round < 6; round++)
            {
                cache.BeginScan();
                Assert.IsTrue(Match(others[round], $"other{round} override"));
                cache.BeginScan();
                foreach (InjectionRule rule in rules) Assert.IsTrue(Match(rule, crafted));
            }

            long rebuilt = cache.Builds - firstBuilds - others.Length;
            if (rebuilds) Assert.IsGreaterThanOrEqualTo(rules.Length * 5L, rebuilt, "window 1: each return rebuilds the crafted text's rules");
            else Assert.AreEqual(0L, rebuilt, $"window {window}: the crafted text's rules stay built");
        }
    }

    [TestMethod]
    public void BeyondTheWindow_TheLeastRecentlyUsedIsDroppedAgain()
    {
        var cache = new RuleRegexCache(1) { RecentScans = 3 };
        InjectionRule[] rules = NewRules(cache);

        cache.BeginScan();
        Assert.IsTrue(Match(rules[0], "alpha override"));
        cache.BeginScan();
        Assert.IsTrue(Match(rules[1], "beta override"));
        Assert.AreEqual(2, cache.Count, "alpha was used in the window");
        cache.BeginScan();
        cache.BeginScan();
        Assert.IsTrue(Match(rules[2], "gamma override"));
        Assert.IsFalse(rules[0].IsBuilt, "alpha is three scans old: outside the window of 3, dropped");
        Assert.IsTrue(rules[1].IsBuilt, "beta is two scans old: still inside");
        Assert.AreEqual(2, cache.Count);
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => cache.RecentScans = 0);
        Assert.AreEqual(RuleRegexCache.DefaultRecentScans, new RuleRegexCache(1).RecentScans);
    }
}
