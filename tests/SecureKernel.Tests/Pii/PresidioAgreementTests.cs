using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SecureKernel.Tests.Pii;

/// <summary>
/// Measures agreement with Presidio's own recognizer unit tests (expected spans) for the entity types both projects
/// share, writes artifacts/pii/presidio-agreement.json and asserts floors slightly below the measured values.
/// </summary>
[TestClass]
public sealed class PresidioAgreementTests
{
    private static readonly Dictionary<string, string> s_map = new()
    {
        ["CREDIT_CARD"] = PiiEntityTypes.CreditCard,
        ["EMAIL_ADDRESS"] = PiiEntityTypes.Email,
        ["PHONE_NUMBER"] = PiiEntityTypes.Phone,
        ["IBAN_CODE"] = PiiEntityTypes.Iban,
        ["US_SSN"] = PiiEntityTypes.UsSsn,
        ["IP_ADDRESS"] = PiiEntityTypes.IpAddress,
        ["CRYPTO"] = PiiEntityTypes.CryptoWallet,
        ["UK_NINO"] = PiiEntityTypes.UkNino,
        ["UK_PASSPORT"] = PiiEntityTypes.Passport,
        ["US_PASSPORT"] = PiiEntityTypes.Passport,
    };

    // Floors: a little below the values measured when this test was written (see the JSON artifact and the report).
    private static readonly Dictionary<string, (double Precision, double Recall, double CaseAgreement)> s_floors = new()
    {
        ["CREDIT_CARD"] = (0.95, 0.95, 0.95),
        ["EMAIL_ADDRESS"] = (0.95, 0.95, 0.95),
        ["PHONE_NUMBER"] = (0.9, 0.9, 0.9),
        ["IBAN_CODE"] = (0.98, 0.98, 0.98),
        ["US_SSN"] = (0.95, 0.5, 0.8),
        ["IP_ADDRESS"] = (0.9, 0.9, 0.88),
        ["CRYPTO"] = (0.95, 0.95, 0.95),
        ["UK_NINO"] = (0.75, 0.75, 0.88),
        ["UK_PASSPORT"] = (0.95, 0.45, 0.7),
        ["US_PASSPORT"] = (0.95, 0.25, 0.35),
    };

    [TestMethod]
    public void AgreementWithPresidioRecognizerTests()
    {
        string? shared = PiiTestPaths.Shared();
        string? root = PiiTestPaths.RepoRoot();
        string? path = shared is null ? null : Path.Combine(shared, "external", "pii", "presidio-recognizer-tests", "cases.jsonl");
        if (path is null || root is null || !File.Exists(path))
        {
            Assert.Inconclusive("../shared/external/pii/presidio-recognizer-tests is not available.");
            return;
        }

        var redactor = new PiiRedactor();
        var stats = new SortedDictionary<string, TypeStats>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            JsonNode row = JsonNode.Parse(line)!;
            string entity = row["entity"]!.GetValue<string>();
            if (!s_map.TryGetValue(entity, out string? ours) || row["expected_count"] is null)
            {
                continue;
            }

            JsonObject p = row["params"]!.AsObject();

            // Phone cases repeat one text with different libphonenumber leniencies; keep Presidio's default (1).
            if (p["leniency"] is JsonNode len && len.GetValue<int>() != 1)
            {
                continue;
            }

            string text = row["text"]!.GetValue<string>();
            if (!seen.Add(entity + "\u0000" + text))
            {
                continue;
            }

            var expected = new List<(int, int)>();
            if (row["expected_spans"] is JsonArray spans)
            {
                foreach (JsonNode? s in spans)
                {
                    expected.Add((s![0]!.GetValue<int>(), s[1]!.GetValue<int>()));
                }
            }

            var predicted = redactor.Analyze(text, [ours]).Select(e => (e.Start, e.End)).ToList();
            TypeStats st = stats.TryGetValue(entity, out TypeStats? existing) ? existing : stats[entity] = new TypeStats { Ours = ours };
            int tp = predicted.Count(expected.Contains);
            st.Cases++;
            st.Tp += tp;
            st.Predicted += predicted.Count;
            st.Expected += expected.Count;
            bool agree = predicted.Count == expected.Count && tp == expected.Count;
            if (agree)
            {
                st.Agree++;
            }
            else if (st.Disagreements.Count < 40)
            {
                st.Disagreements.Add(new JsonObject
                {
                    ["text"] = text.Length > 120 ? text[..120] : text,
                    ["expected"] = new JsonArray(expected.Select(e => (JsonNode)new JsonArray(e.Item1, e.Item2)).ToArray()),
                    ["ours"] = new JsonArray(predicted.Select(e => (JsonNode)new JsonArray(e.Item1, e.Item2)).ToArray()),
                });
            }
        }

        var report = new JsonObject();
        var sb = new StringBuilder("presidio_entity -> ours: cases agree P R\n");
        foreach ((string entity, TypeStats st) in stats)
        {
            report[entity] = new JsonObject
            {
                ["ours"] = st.Ours,
                ["cases"] = st.Cases,
                ["case_agreement"] = Math.Round(st.CaseAgreement, 4),
                ["expected_spans"] = st.Expected,
                ["predicted_spans"] = st.Predicted,
                ["exact_span_tp"] = st.Tp,
                ["precision"] = Math.Round(st.Precision, 4),
                ["recall"] = Math.Round(st.Recall, 4),
                ["disagreements"] = st.Disagreements,
            };
            sb.AppendLine($"{entity} -> {st.Ours}: {st.Cases} {st.CaseAgreement:F3} {st.Precision:F3} {st.Recall:F3}");
        }

        string outDir = Path.Combine(root, "artifacts", "pii");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "presidio-agreement.json"), report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine(sb.ToString());

        foreach ((string entity, TypeStats st) in stats)
        {
            (double fp, double fr, double fa) = s_floors[entity];
            Assert.IsGreaterThanOrEqualTo(fp, st.Precision, $"{entity} precision");
            Assert.IsGreaterThanOrEqualTo(fr, st.Recall, $"{entity} recall");
            Assert.IsGreaterThanOrEqualTo(fa, st.CaseAgreement, $"{entity} case agreement");
        }

        Assert.HasCount(s_map.Count, stats);
    }

    private sealed class TypeStats
    {
        public string Ours { get; set; } = "";

        public int Cases { get; set; }

        public int Agree { get; set; }

        public int Tp { get; set; }

        public int Predicted { get; set; }

        public int Expected { get; set; }

        public JsonArray Disagreements { get; } = [];

        public double CaseAgreement => Cases == 0 ? 0 : (double)Agree / Cases;

        // With no predictions precision is vacuously 1; with no expected spans recall is vacuously 1.
        public double Precision => Predicted == 0 ? 1 : (double)Tp / Predicted;

        public double Recall => Expected == 0 ? 1 : (double)Tp / Expected;
    }
}
