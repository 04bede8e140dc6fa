namespace SecureKernel.Tests.Detection;

[TestClass]
public sealed class EnsembleInjectionDetectorTests
{
    private sealed class Fixed(string name, double score, bool flagged, FindingKind kind, bool throws = false) : IInjectionDetector
    {
        public string Name => name;

        public ValueTask<IReadOnlyList<InjectionScanResult>> ScanAsync(IReadOnlyList<ScanRequest> requests, CancellationToken cancellationToken = default)
        {
            if (throws)
            {
                throw new InvalidOperationException("boom");
            }

            IReadOnlyList<InjectionScanResult> r = requests.Select(_ => new InjectionScanResult
            {
                Score = score,
                Flagged = flagged,
                Findings = flagged ? [new SecurityFinding(kind, "rule-x", score, name)] : [],
            }).ToList();
            return ValueTask.FromResult(r);
        }
    }

    private static readonly ScanRequest[] s_one = [new("text", ContentOrigin.Retrieved)];

    [TestMethod]
    public async Task EitherFlags_RuleHitAndModelScore_ReportedSeparately()
    {
        var e = new EnsembleInjectionDetector([new Fixed("rules", 0.9, true, FindingKind.InstructionOverride), new Fixed("model", 0.97, true, FindingKind.ClassifierScore)]);
        var r = (await e.ScanAsync(s_one))[0];
        Assert.IsTrue(r.Flagged);
        Assert.AreEqual(0.97, r.Score);
        Assert.AreEqual("rules", r.Findings.Single(f => f.Kind == FindingKind.InstructionOverride).Detector);
        Assert.AreEqual("model", r.Findings.Single(f => f.Kind == FindingKind.ClassifierScore).Detector);
    }

    [TestMethod]
    public async Task EitherFlags_OneFlags_Flagged()
    {
        var e = new EnsembleInjectionDetector([new Fixed("rules", 0, false, FindingKind.InstructionOverride), new Fixed("model", 0.95, true, FindingKind.ClassifierScore)]);
        Assert.IsTrue((await e.ScanAsync(s_one))[0].Flagged);
    }

    [TestMethod]
    public async Task CalibratedMean_AveragesTheMappedScores_AndKeepsEveryFinding()
    {
        var mean = new EnsembleInjectionDetectorOptions { Policy = EnsemblePolicy.CalibratedMean };
        var one = (await new EnsembleInjectionDetector([new Fixed("a", 0.9, true, FindingKind.ClassifierScore), new Fixed("b", 0.2, false, FindingKind.ClassifierScore)], mean).ScanAsync(s_one))[0];
        Assert.AreEqual(0.55, one.Score, 1e-12, "0.5 is each test detector's threshold, so the mapped scores are the scores");
        Assert.IsTrue(one.Flagged);
        Assert.AreEqual("a", one.Findings.Single().Detector);
        var other = (await new EnsembleInjectionDetector([new Fixed("a", 0.7, true, FindingKind.ClassifierScore), new Fixed("b", 0.2, false, FindingKind.ClassifierScore)], mean).ScanAsync(s_one))[0];
        Assert.AreEqual(0.45, other.Score, 1e-12);
        Assert.IsFalse(other.Flagged, "one model flagging alone is outvoted; under Calibrated it would flag");
        Assert.IsTrue((await new EnsembleInjectionDetector([new Fixed("a", 0.7, true, FindingKind.ClassifierScore), new Fixed("b", 0.2, false, FindingKind.ClassifierScore)], new() { Policy = EnsemblePolicy.Calibrated }).ScanAsync(s_one))[0].Flagged);
    }

    [TestMethod]
    public async Task CalibratedMean_InsideCalibrated_TheRulesOrTheModelsAverageDecides_AndAFailingModelFailsClosed()
    {
        static EnsembleInjectionDetector Guardlike(IInjectionDetector rules, params IInjectionDetector[] models) => new(
            [rules, new EnsembleInjectionDetector(models, new() { Policy = EnsemblePolicy.CalibratedMean, Name = "mean" })],
            new() { Policy = EnsemblePolicy.Calibrated });

        var quietRules = new Fixed("rules", 0, false, FindingKind.InstructionOverride);
        var byModels = (await Guardlike(quietRules, new Fixed("a", 0.9, true, FindingKind.ClassifierScore), new Fixed("b", 0.3, false, FindingKind.ClassifierScore)).ScanAsync(s_one))[0];
        Assert.AreEqual(0.6, byModels.Score, 1e-12, "the inner threshold 0.5 maps the average onto itself");
        Assert.IsTrue(byModels.Flagged);

        var byRules = (await Guardlike(new Fixed("rules", 0.8, true, FindingKind.InstructionOverride), new Fixed("a", 0.1, false, FindingKind.ClassifierScore), new Fixed("b", 0.1, false, FindingKind.ClassifierScore)).ScanAsync(s_one))[0];
        Assert.AreEqual(0.8, byRules.Score, 1e-12);
        Assert.IsTrue(byRules.Flagged);

        var failing = (await Guardlike(quietRules, new Fixed("a", 0.1, false, FindingKind.ClassifierScore), new Fixed("b", 0, false, FindingKind.ClassifierScore, throws: true)).ScanAsync(s_one))[0];
        Assert.IsTrue(failing.Flagged);
        Assert.AreEqual(1, failing.Score);
        Assert.AreEqual("b", failing.Findings.Single(f => f.Kind == FindingKind.DetectorFailure).Detector);
    }

    [TestMethod]
    public void WithRules_OneModelJoinsTheRules_SeveralAreAveragedFirst_BadArgumentsThrow()
    {
        var a = new Fixed("a", 0, false, FindingKind.ClassifierScore);
        var b = new Fixed("b", 0, false, FindingKind.ClassifierScore);
        var single = EnsembleInjectionDetector.WithRules(a);
        Assert.AreEqual("rules+a", single.Name);
        Assert.AreEqual(EnsemblePolicy.Calibrated, single.Policy);
        Assert.IsInstanceOfType<RuleInjectionDetector>(single.Detectors[0]);
        Assert.AreSame(a, single.Detectors[1]);

        var two = EnsembleInjectionDetector.WithRules(a, b);
        Assert.AreEqual("rules+a+b", two.Name);
        var mean = (EnsembleInjectionDetector)two.Detectors[1];
        Assert.AreEqual(EnsemblePolicy.CalibratedMean, mean.Policy);
        Assert.AreEqual("mean(a+b)", mean.Name);

        Assert.ThrowsExactly<ArgumentException>(() => EnsembleInjectionDetector.WithRules());
        Assert.ThrowsExactly<ArgumentException>(() => EnsembleInjectionDetector.WithRules(a, null!));
        Assert.ThrowsExactly<ArgumentNullException>(() => EnsembleInjectionDetector.WithRules((IReadOnlyList<IInjectionDetector>)null!));
    }

    [TestMethod]
    public async Task Weighted_CombinesScoresWithWeights()
    {
        var o = new EnsembleInjectionDetectorOptions { Policy = EnsemblePolicy.Weighted, Weights = [1, 3], Threshold = 0.6 };
        var e = new EnsembleInjectionDetector([new Fixed("rules", 0.2, false, FindingKind.InstructionOverride), new Fixed("model", 0.8, true, FindingKind.ClassifierScore)], o);
        var r = (await e.ScanAsync(s_one))[0];
        Assert.AreEqual((0.2 + (3 * 0.8)) / 4, r.Score, 1e-12);
        Assert.IsTrue(r.Flagged);
        o.Threshold = 0.7;
        Assert.IsFalse((await new EnsembleInjectionDetector([new Fixed("rules", 0.2, false, FindingKind.InstructionOverride), new Fixed("model", 0.8, true, FindingKind.ClassifierScore)], o).ScanAsync(s_one))[0].Flagged);
    }

    [TestMethod]
    public async Task Max_UsesTheHighestScoreAgainstTheThreshold()
    {
        var o = new EnsembleInjectionDetectorOptions { Policy = EnsemblePolicy.Max, Threshold = 0.4 };
        var e = new EnsembleInjectionDetector([new Fixed("rules", 0.1, false, FindingKind.InstructionOverride), new Fixed("model", 0.45, false, FindingKind.ClassifierScore)], o);
        var r = (await e.ScanAsync(s_one))[0];
        Assert.AreEqual(0.45, r.Score);
        Assert.IsTrue(r.Flagged);
    }

    [TestMethod]
    public async Task FailingDetector_FailsClosedWithADetectorFailureFinding()
    {
        var e = new EnsembleInjectionDetector([new Fixed("rules", 0, false, FindingKind.InstructionOverride), new Fixed("model", 0, false, FindingKind.ClassifierScore, throws: true)]);
        var r = (await e.ScanAsync(s_one))[0];
        Assert.IsTrue(r.Flagged);
        var f = r.Findings.Single(x => x.Kind == FindingKind.DetectorFailure);
        Assert.AreEqual("model", f.Detector);
        Assert.DoesNotContain("text", f.Detail);
    }

    [TestMethod]
    public async Task FailingDetector_FailOpen_OthersDecide()
    {
        var o = new EnsembleInjectionDetectorOptions { FailClosed = false };
        var e = new EnsembleInjectionDetector([new Fixed("rules", 0, false, FindingKind.InstructionOverride), new Fixed("model", 0, false, FindingKind.ClassifierScore, throws: true)], o);
        var r = (await e.ScanAsync(s_one))[0];
        Assert.IsFalse(r.Flagged);
        Assert.IsTrue(r.Findings.Any(x => x.Kind == FindingKind.DetectorFailure));
    }

    [TestMethod]
    public void Options_Invalid_Rejected()
    {
        Assert.ThrowsExactly<ArgumentException>(() => new EnsembleInjectionDetector([]));
        Assert.ThrowsExactly<ArgumentException>(() => new EnsembleInjectionDetector([new Fixed("a", 0, false, FindingKind.Jailbreak)], new() { Weights = [1, 2] }));
        Assert.ThrowsExactly<ArgumentException>(() => new EnsembleInjectionDetector([new Fixed("a", 0, false, FindingKind.Jailbreak)], new() { Threshold = 0 }));
    }

    [TestMethod]
    public async Task WithTheOnnxModel_ModelFindingKeepsItsDetectorName()
    {
        using var model = OnnxTestModels.Tiny();
        var e = new EnsembleInjectionDetector([new Fixed("rules", 0, false, FindingKind.InstructionOverride), model]);
        var r = await e.ScanAsync([new("hello world", ContentOrigin.Retrieved), new("an attack here", ContentOrigin.Retrieved)]);
        Assert.IsFalse(r[0].Flagged);
        Assert.IsTrue(r[1].Flagged);
        Assert.AreEqual(model.Name, r[1].Findings.Single().Detector);
    }
}
