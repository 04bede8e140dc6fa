using FsCheck.Fluent;
using SecureKernel.Detection;

namespace SecureKernel.Tests.Properties;

/// <summary>
/// The anchors only decide whether a rule's regex runs, so a wrong "no" would hide a match: for texts assembled from attack
/// phrases of every language the rules cover, glued to letters, digits, marks, apostrophes and other scripts, every rule
/// whose regex matches the normalized text must also pass its anchor check (substring anchors, whole-word anchors, the
/// non-ASCII letter mask). The regexes are built here once; the detector builds them only when their anchors occur.
/// </summary>
[TestClass]
public sealed class InjectionRuleAnchorProperties
{
    private const int Cases = 2_000;

    // the anchor test's attack phrases, as written, without their final punctuation (so that what follows is glued to the
    // last word) and upper-cased, and what may be glued to them
    private static readonly string[] s_fragments =
    [
        .. Detection.InjectionRuleAnchorTests.Samples,
        .. Detection.InjectionRuleAnchorTests.Samples.Select(p => p.TrimEnd('.', '!', '?', ':', ',', ' ', '。', '：')),
        .. Detection.InjectionRuleAnchorTests.Samples.Select(p => p.ToUpperInvariant()),
        " ", "  ", "\n", ". ", ", ", ": ", "'", "’", "(", ")", "-", "_", "x", "X", "1", "é", "É", "ß", "ẞ", "İ", "ı", "\u0301", "\u0332", "я", "字",
    ];

    [TestMethod]
    public void EveryRuleThatMatches_PassesItsAnchorCheck()
    {
        InjectionRule[] rules = InjectionRules.All;
        PropertyGen.Check(Prop.ForAll(PropertyGen.Pieces(s_fragments), pieces =>
        {
            string text = TextNormalizer.Normalize(string.Concat(pieces)).Text;
            foreach (InjectionRule rule in rules)
            {
                if (rule.Regex.IsMatch(text))
                    Assert.IsTrue(rule.MayMatch(text), $"rule {rule.Id} matches but its anchors say no: {PropertyGen.Show(text)}");
            }
        }), Cases);
    }
}
