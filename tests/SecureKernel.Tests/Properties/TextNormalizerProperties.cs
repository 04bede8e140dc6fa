using FsCheck.Fluent;

namespace SecureKernel.Tests.Properties;

[TestClass]
public sealed class TextNormalizerProperties
{
    private const int Cases = 10_000;

    private static readonly string[] s_fragments =
    [
        "p", "a", "ypal", "ignore", "ign", "re", "previous", "system", " ", "-", "'", "1", "\uDB40\uDC69", "\uDB40\uDC20", "\uDB40\uDC01",
        "\uDB40\uDC7F", "\u200B", "\u2060", "\u034F", "\u202A", "\u202E", "\u2069", "\u061C", "\u0001", "\u001B", "\u0085", "\u009F",
        "а", "о", "е", "с", "Α", "ρ", "ℓ", "ı", "ｐ", "ａ", "𝐨", "𝛂", "𝜌", "Ⓐ", "①", "ﬀ", "\u0301", "\u0308", "e\u0301", "é",
        "\uFB01", "\u2126", "\u212A", "\u00B5", "\u1E9B\u0323", "\uD83D", "\uDC00", "\uDB40", "\u3000", "\uFF0F",
        "\uFFFE", "\uFFFF", "\uFDD0", "\uD83F\uDFFE", "\uDBFF\uDFFF",
    ];

    [TestMethod]
    public void Normalize_AnyText_NoHiddenCharactersLeft()
    {
        PropertyGen.Check(Prop.ForAll(PropertyGen.Pieces(s_fragments), pieces =>
        {
            string text = string.Concat(pieces);
            string shown = PropertyGen.Show(text);
            NormalizedText n = TextNormalizer.Normalize(text);
            string r = n.Text;
            for (int i = 0; i < r.Length; i++)
            {
                char c = r[i];
                Assert.IsFalse(c == '\uDB40' && i + 1 < r.Length && r[i + 1] is >= '\uDC00' and <= '\uDC7F', "tag character left: " + shown);
                Assert.IsFalse(c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\u2061' or '\u2062' or '\u2063' or '\u2064' or '\uFEFF' or '\u180E' or '\u00AD' or '\u034F',
                    $"zero-width U+{(int)c:X4} left: {shown}");
                Assert.IsFalse(c is '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069' or '\u200E' or '\u200F' or '\u061C',
                    $"bidi U+{(int)c:X4} left: {shown}");
                Assert.IsFalse(char.IsControl(c) && c is not ('\n' or '\r' or '\t'), $"control U+{(int)c:X4} left: {shown}");
                if (char.IsHighSurrogate(c))
                {
                    Assert.IsTrue(i + 1 < r.Length && char.IsLowSurrogate(r[i + 1]), "lone surrogate left: " + shown);
                    i++;
                }
                else
                {
                    Assert.IsFalse(char.IsLowSurrogate(c), "lone surrogate left: " + shown);
                }
            }

            Assert.IsTrue(r.IsNormalized(System.Text.NormalizationForm.FormKC), "not NFKC: " + shown);
            Assert.AreEqual(n.Findings.Count > 0, n.Changed);
            if (n.Findings.Count == 0 && text.IsNormalized(System.Text.NormalizationForm.FormKC))
                Assert.AreEqual(text, r, "unchanged text without findings: " + shown);
        }), Cases);
    }

    [TestMethod]
    public void Normalize_IsIdempotent()
    {
        PropertyGen.Check(Prop.ForAll(PropertyGen.Pieces(s_fragments), pieces =>
        {
            string text = string.Concat(pieces);
            string once = TextNormalizer.Normalize(text).Text;
            NormalizedText twice = TextNormalizer.Normalize(once);
            Assert.AreEqual(once, twice.Text, $"{PropertyGen.Show(text)} -> {PropertyGen.Show(once)} -> {PropertyGen.Show(twice.Text)}");
            Assert.IsEmpty(twice.Findings, $"second pass still finds {string.Join(",", twice.Findings.Select(f => f.Kind))} in {PropertyGen.Show(text)}");
        }), Cases);
    }
}
