using System.Text.RegularExpressions;
using FsCheck.Fluent;

namespace SecureKernel.Tests.Properties;

[TestClass]
public sealed partial class PiiRedactorProperties
{
    private const int Cases = 3000;

    private static readonly string[] s_fragments =
    [
        "0", "1", "4", "5", "9", "12", "123", "4111", "1111", "555", "0100", "-", " ", ".", "(", ")", "+", "+1", "+44", "/", ":", "@",
        "@example.com", "john.doe", "a_b", "user", ".com", ".co.uk", "sk-", "sk_live_", "pk_test_", "AKIA", "ghp_", "xoxb-", "eyJ",
        "AIza", "-----BEGIN", "PRIVATE KEY-----", "IBAN", "DE89", "GB82", "WEST", "SSN", "ssn:", "card", "4111 1111 1111 1111",
        "123-45-6789", "078-05-1120", "192.168.", "10.0.0.1", "::1", "fe80::", "http://", "https://", "www.", "<EMAIL_1>", "<", ">",
        "_", "\u00A0", "\u2013", "\uFF10", "٣", "é", "\n",
    ];

    [TestMethod]
    public void AnalyzeAndRedact_AnyText_EntitiesInBoundsSortedDisjointAndRestorable()
    {
        PropertyGen.Check(Prop.ForAll(PropertyGen.Pieces(s_fragments), pieces =>
        {
            string text = string.Concat(pieces);
            string shown = PropertyGen.Show(text);
            IReadOnlyList<PiiEntity> entities = PiiRedactor.Default.Analyze(text);
            AssertWellFormed(entities, text.Length, shown);

            var session = new RedactionSession();
            RedactionResult result = PiiRedactor.Default.Redact(text, RedactionOperator.Replace, new RedactionOptions { Session = session });
            AssertWellFormed(result.Entities, text.Length, shown);
            CollectionAssert.AreEqual(entities.ToList(), result.Entities.ToList(), "Redact applies what Analyze finds: " + shown);

            foreach (PiiEntity e in result.Entities)
            {
                string placeholder = session.GetPlaceholder(e.Type, text.Substring(e.Start, e.Length));
                Assert.Contains(placeholder, result.Text, shown);
                Assert.IsTrue(session.TryGetValue(placeholder, out string value), shown);
                Assert.AreEqual(text.Substring(e.Start, e.Length), value, shown);
            }

            Assert.AreEqual(result.Entities.Select(e => (e.Type, text.Substring(e.Start, e.Length))).Distinct().Count(), session.Count, shown);
            // Restore is exact unless the input itself already held something shaped like a placeholder.
            if (!PlaceholderShapeRegex().IsMatch(text))
                Assert.AreEqual(text, session.Restore(result.Text), shown);
        }), Cases);
    }

    private static void AssertWellFormed(IReadOnlyList<PiiEntity> entities, int length, string shown)
    {
        int previousEnd = 0;
        foreach (PiiEntity e in entities)
        {
            Assert.IsFalse(string.IsNullOrEmpty(e.Type), shown);
            Assert.IsTrue(e.Start >= 0 && e.Start < e.End && e.End <= length, $"{e} out of bounds: {shown}");
            Assert.IsGreaterThanOrEqualTo(previousEnd, e.Start, $"{e} overlaps or is unsorted: {shown}");
            Assert.IsTrue(e.Score is > 0 and <= 1, $"{e} score: {shown}");
            previousEnd = e.End;
        }
    }

    [GeneratedRegex("<[A-Z0-9_]+_[0-9]+>")]
    private static partial Regex PlaceholderShapeRegex();
}
