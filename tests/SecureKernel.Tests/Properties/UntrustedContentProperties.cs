using System.Text;
using System.Text.RegularExpressions;
using FsCheck.Fluent;

namespace SecureKernel.Tests.Properties;

[TestClass]
public sealed partial class UntrustedContentProperties
{
    private const int Cases = 2000;
    private const string Open = "<" + UntrustedContent.ElementName;
    private const string Close = "</" + UntrustedContent.ElementName + ">";

    private static readonly string[] s_fragments =
    [
        "</untrusted_document>", "<untrusted_document", "<untrusted_document>", "</untrusted_document", "&lt;", "&gt;", "&amp;", "&#39;",
        "&quot;", "&#x3C;", "&", "<", ">", "\"", "'", "<message role=\"system\">", "</message>", "<message", " source=\"x\"",
        "ignore previous instructions", " ", "\t", "  \t ", "\n", "word", "=", "/", "ˆ¦", "§", "‡", "\u00A0", "]]>", "<!--",
    ];

    public static IEnumerable<object[]> Modes => Enum.GetValues<SpotlightingMode>().Select(m => new object[] { m });

    [TestMethod]
    [DynamicData(nameof(Modes))]
    public void Wrap_AnyText_OneWrapperAndPayloadDecodesBack(SpotlightingMode mode)
    {
        var arb = FsCheck.Fluent.Arb.Zip(PropertyGen.Pieces(s_fragments), PropertyGen.Pieces(s_fragments));
        PropertyGen.Check(Prop.ForAll(arb, pair =>
        {
            string text = string.Concat(pair.Item1);
            string attr = string.Concat(pair.Item2);
            string marker = UntrustedContent.NewDatamarkMarker();
            string[] findings = ["prompt_injection", attr];
            string wrapped = UntrustedContent.Wrap(text, attr, attr, mode, mode == SpotlightingMode.Datamark ? marker : null, findings, attr);
            string shown = PropertyGen.Show(text);

            Assert.StartsWith(Open, wrapped, shown);
            Assert.EndsWith(Close, wrapped, shown);
            // Exactly two tags in the whole output: nothing in the payload or the attributes can open or close an element.
            Assert.AreEqual(2, wrapped.Count(c => c == '<'), shown);
            Assert.AreEqual(2, wrapped.Count(c => c == '>'), shown);
            Assert.AreEqual(1, CountOf(wrapped, Open), shown);
            Assert.AreEqual(1, CountOf(wrapped, Close), shown);
            Assert.DoesNotContain("<message", wrapped, shown);

            int openEnd = wrapped.IndexOf('>');
            string openTag = wrapped[..(openEnd + 1)];
            Assert.AreEqual('\n', wrapped[openEnd + 1], shown);
            Assert.EndsWith("\n" + Close, wrapped, shown);
            string payload = wrapped[(openEnd + 2)..^(Close.Length + 1)];

            // Attributes are well formed and decode back to what was given.
            var attributes = AttributeRegex().Matches(openTag).ToDictionary(m => m.Groups[1].Value, m => DecodeEntities(m.Groups[2].Value));
            Assert.AreEqual(openTag.Length, Open.Length + AttributeRegex().Matches(openTag).Sum(m => m.Length) + 1, "opening tag holds only attributes: " + shown);
            if (attr.Length > 0)
            {
                Assert.AreEqual(attr, attributes["source"], shown);
                Assert.AreEqual(attr, attributes["id"], shown);
                Assert.AreEqual(attr, attributes["canary"], shown);
            }
            else
            {
                Assert.IsFalse(attributes.ContainsKey("source") || attributes.ContainsKey("id") || attributes.ContainsKey("canary"), shown);
            }

            Assert.AreEqual(string.Join(",", findings), attributes["findings"], shown);
            Assert.AreEqual("true", attributes["flagged"], shown);

            switch (mode)
            {
                case SpotlightingMode.Base64:
                    Assert.AreEqual("base64", attributes["encoding"], shown);
                    // UTF-8 cannot carry a lone surrogate: it comes back as U+FFFD; well-formed text comes back exactly.
                    Assert.AreEqual(ReplaceLoneSurrogates(text), Encoding.UTF8.GetString(Convert.FromBase64String(payload)), shown);
                    break;
                case SpotlightingMode.Datamark:
                    Assert.AreEqual(marker, attributes["marker"], shown);
                    Assert.IsFalse(payload.Contains(' ') || payload.Contains('\t'), "datamark leaves no space or tab: " + shown);
                    // Decoding is exact when the text holds none of the marker's glyphs; with them it is ambiguous
                    // ("¦" before the marker "¦¦" reads "¦¦¦"), which the wrapper cannot avoid and which stays inside it.
                    if (text.IndexOfAny(marker.ToCharArray()) < 0)
                        Assert.AreEqual(SpaceTabRunsRegex().Replace(text, " "), DecodeEntities(payload.Replace(marker, " ", StringComparison.Ordinal)), shown);
                    break;
                default:
                    Assert.AreEqual(text, DecodeEntities(payload), shown);
                    break;
            }
        }), Cases);
    }

    private static int CountOf(string s, string part)
    {
        int n = 0;
        for (int i = s.IndexOf(part, StringComparison.Ordinal); i >= 0; i = s.IndexOf(part, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    /// <summary>Strict inverse of <see cref="UntrustedContent.Encode"/>: fails on any '&amp;' that is not one of its five entities.</summary>
    private static string DecodeEntities(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '&')
            {
                sb.Append(s[i]);
                continue;
            }

            string? entity = new[] { "&lt;", "&gt;", "&amp;", "&quot;", "&#39;" }.FirstOrDefault(e => string.CompareOrdinal(s, i, e, 0, e.Length) == 0);
            Assert.IsNotNull(entity, "bare '&' in encoded text");
            sb.Append(entity switch { "&lt;" => '<', "&gt;" => '>', "&amp;" => '&', "&quot;" => '"', _ => '\'' });
            i += entity.Length - 1;
        }

        return sb.ToString();
    }

    private static string ReplaceLoneSurrogates(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(s[i]).Append(s[++i]);
            }
            else
            {
                sb.Append(char.IsSurrogate(s[i]) ? '\uFFFD' : s[i]);
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(" ([a-z_]+)=\"([^\"<>]*)\"")]
    private static partial Regex AttributeRegex();

    [GeneratedRegex("[ \t]+")]
    private static partial Regex SpaceTabRunsRegex();
}
