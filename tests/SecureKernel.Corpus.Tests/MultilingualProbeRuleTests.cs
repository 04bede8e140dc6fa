using System.Text.Json;

namespace SecureKernel.Corpus.Tests;

/// <summary>
/// The rule detector on the strings of the held-out multilingual probes (tools/classifier/multilingual_probe_v2.json and
/// _v3.json: non-English indirect injections and benign look-alikes in ten languages, each string alone, scanned as
/// retrieved content). A regression guard for InjectionRules.Multilingual.cs, not a measurement: the probes' numbers in the
/// README come from multilingual_probe.py (strings inside translated carriers, rules and model). Writes
/// artifacts/corpus/multilingual-rule-probe-v2.json and -v3.json. Floors sit slightly below the measured values: v2 32 / 80 attacks
/// flagged, v3 23 / 80, no benign look-alike flagged. Do not tune rules on these strings; write a new probe for that.
/// </summary>
[TestClass]
public sealed class MultilingualProbeRuleTests
{
    [TestMethod]
    [DataRow("v2", 30)]
    [DataRow("v3", 21)]
    public async Task Rules_OnMultilingualProbeStrings_MeetFloors_AndFlagNoLookalike(string version, int attackFloor)
    {
        string? root = Corpus.FindRepoRoot();
        Assert.IsNotNull(root, "SecureKernel.sln not found above the test's base directory");
        string path = Path.Combine(root, "tools", "classifier", $"multilingual_probe_{version}.json");
        using JsonDocument doc = JsonDocument.Parse(await File.ReadAllTextAsync(path));

        var detector = new RuleInjectionDetector();
        var perLanguage = new Dictionary<string, object>();
        int attacks = 0, attacksFlagged = 0, benign = 0;
        var benignFlagged = new List<string>();
        foreach (JsonProperty language in doc.RootElement.EnumerateObject())
        {
            int flagged = 0, n = 0;
            foreach (JsonElement text in language.Value.GetProperty("attacks").EnumerateArray())
            {
                n++;
                if (detector.Scan(text.GetString()!, ContentOrigin.Retrieved).Flagged) flagged++;
            }
            foreach (JsonElement text in language.Value.GetProperty("benign").EnumerateArray())
            {
                benign++;
                InjectionScanResult r = detector.Scan(text.GetString()!, ContentOrigin.Retrieved);
                if (r.Flagged) benignFlagged.Add($"{language.Name}: {string.Join(",", r.Findings.Select(f => f.Detail))}");
            }
            attacks += n;
            attacksFlagged += flagged;
            perLanguage[language.Name] = new { attacks = n, flagged };
        }

        string artifacts = Path.Combine(root, "artifacts", "corpus");
        Directory.CreateDirectory(artifacts);
        await File.WriteAllTextAsync(Path.Combine(artifacts, $"multilingual-rule-probe-{version}.json"), JsonSerializer.Serialize(
            new { attacks, attacks_flagged = attacksFlagged, benign, benign_flagged = benignFlagged.Count, per_language = perLanguage },
            new JsonSerializerOptions { WriteIndented = true }));

        Assert.AreEqual(80, attacks, "eight attacks in each of ten languages");
        Assert.IsEmpty(benignFlagged, "benign look-alikes flagged: " + string.Join("; ", benignFlagged));
        Assert.IsGreaterThanOrEqualTo(attackFloor, attacksFlagged, $"{version}: {attacksFlagged} of {attacks} attacks flagged");
    }
}
