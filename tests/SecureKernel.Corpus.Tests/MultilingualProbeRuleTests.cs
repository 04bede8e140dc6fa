using System.Text.Json;

namespace SecureKernel.Corpus.Tests;

/// <summary>
/// The rule detector on the strings of the held-out multilingual probes (tools/classifier/multilingual_probe_v2.json to _v5.json:
/// non-English indirect injections and benign look-alikes, eight attacks and four look-alikes per language, each string
/// alone, scanned as retrieved content; v2/v3 in the ten languages ported first, v4 in eight more, v5 in all eighteen).
/// A regression guard for InjectionRules.Multilingual.cs, not a measurement: the probes' numbers in the README come from
/// multilingual_probe.py (strings inside translated carriers, rules and model). Writes
/// artifacts/corpus/multilingual-rule-probe-vN.json. Floors sit slightly below the measured values (2026-11-26, after the
/// port to eighteen languages): v2 32 / 80 attacks flagged, v3 23 / 80, v4 18 / 64, v5 49 / 144; no benign look-alike
/// flagged. v6 (jailbreaks and overrides among its attacks, look-alikes with the same trigger words), measured after the
/// override and jailbreak ports (2026-11-26 23:37 UTC): 75 / 144, 3 of 72 look-alikes flagged (ceiling 3); v4 then 20, v5 50.
/// Every probe has now been measured against the rules: do not tune rules on these strings; write a new probe.
/// </summary>
[TestClass]
public sealed class MultilingualProbeRuleTests
{
    [TestMethod]
    [DataRow("v2", 30, 0)]
    [DataRow("v3", 21, 0)]
    [DataRow("v4", 16, 0)]
    [DataRow("v5", 46, 0)]
    [DataRow("v6", 72, 3)]
    public async Task Rules_OnMultilingualProbeStrings_MeetFloors_AndLookalikesStayUnderCeiling(string version, int attackFloor, int lookalikeCeiling)
    {
        string? root = Corpus.FindRepoRoot();
        Assert.IsNotNull(root, "SecureKernel.sln not found above the test's base directory");
        string path = Path.Combine(root, "tools", "classifier", $"multilingual_probe_{version}.json");
        using JsonDocument doc = JsonDocument.Parse(await File.ReadAllTextAsync(path));

        var detector = new RuleInjectionDetector();
        var perLanguage = new Dictionary<string, object>();
        int languages = 0;
        int attacks = 0, attacksFlagged = 0, benign = 0;
        var benignFlagged = new List<string>();
        foreach (JsonProperty language in doc.RootElement.EnumerateObject())
        {
            languages++;
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

        Assert.AreEqual(8 * languages, attacks, "eight attacks in each language");
        Assert.IsLessThanOrEqualTo(lookalikeCeiling, benignFlagged.Count, "benign look-alikes flagged: " + string.Join("; ", benignFlagged));
        Assert.IsGreaterThanOrEqualTo(attackFloor, attacksFlagged, $"{version}: {attacksFlagged} of {attacks} attacks flagged");
    }
}
