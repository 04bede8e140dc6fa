using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace SecureKernel.Tests.Properties;

/// <summary>Shared generators and a fixed-seed runner so that property failures reproduce.</summary>
internal static class PropertyGen
{
    /// <summary>
    /// Fixed seed: every run generates the same cases, so a failure reproduces exactly. Set SECUREKERNEL_PROPERTY_SEED
    /// to another number to explore new cases locally (the failure message prints the seed to replay).
    /// </summary>
    private static readonly Replay s_replay = new(
        new Rnd(ulong.TryParse(Environment.GetEnvironmentVariable("SECUREKERNEL_PROPERTY_SEED"), out ulong seed) ? seed : 0x5EC0_4E71UL, 0x9E37_79B9_7F4A_7C15UL),
        FSharpOption<int>.None);

    /// <summary>Runs <paramref name="property"/> for <paramref name="cases"/> generated cases; throws (with the shrunk counterexample) on failure.</summary>
    public static void Check(Property property, int cases) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases).WithReplay(FSharpOption<Replay>.Some(s_replay)), property);

    /// <summary>Any UTF-16 code unit, including lone surrogates and controls.</summary>
    public static Gen<string> AnyChar { get; } = Gen.Choose(0, 0xFFFF).Select(i => ((char)i).ToString());

    /// <summary>Unicode oddities: surrogate pairs, lone halves, tag characters, zero-width, bidi, confusables, full-width.</summary>
    public static Gen<string> Unicode { get; } = Gen.Elements(
        "\uD83D\uDE00", "\uD83D", "\uDE00", "\uDB40\uDC41", "\uDB40\uDC7F", "\uDB40\uDC00", "\uDB40", "\uDC41",
        "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u202E", "\u2066", "\u200F", "\u0000", "\u0007", "\u007F", "\u0085",
        "а", "о", "е", "р", "α", "Ο", "ｓ", "ｃｒｉｐｔ", "\uFF1C", "\uFF1E", "é", "e\u0301", "\u0301", "ﬁ", "𝐚", "𝛂", "ß", "İ",
        "\u2028", "\r\n", "\n", "\t", " ", "  ", "\u00A0", "\u3000", "日本", "١٢٣");

    /// <summary>A string assembled from <paramref name="fragments"/>, <see cref="Unicode"/> and random code units.</summary>
    public static Arbitrary<string[]> Pieces(params string[] fragments)
    {
        Gen<string> piece = Gen.Frequency(
            (5, Gen.Elements(fragments)),
            (2, Unicode),
            (2, AnyChar),
            (1, Gen.Choose(0, 0x7F).Select(i => ((char)i).ToString())));
        Gen<string[]> gen = Gen.Sized(size => Gen.Choose(0, Math.Max(1, size)).SelectMany(n => Gen.ArrayOf(piece, n)));
        return Arb.ToArbitrary(gen, p => Shrink(p));
    }

    /// <summary>Shrinks by dropping one piece at a time.</summary>
    private static IEnumerable<string[]> Shrink(string[] pieces)
    {
        for (int i = 0; i < pieces.Length; i++)
            yield return [.. pieces[..i], .. pieces[(i + 1)..]];
    }

    /// <summary>Readable form of a counterexample for assertion messages (code points, so invisible characters show).</summary>
    public static string Show(string s) => string.Join(" ", s.Select(c => c < 0x80 && !char.IsControl(c) ? c.ToString() : $"U+{(int)c:X4}"));
}
