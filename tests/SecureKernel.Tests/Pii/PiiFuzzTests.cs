using System.Text;

namespace SecureKernel.Tests.Pii;

[TestClass]
public sealed class PiiFuzzTests
{
    private const string Alphabet = "0123456789      ---..//::@@++()_=?&%#<>\"'\nabcdefxyzABCDEFXYZ GB82 WEST AKIA sk- eyJ 4111 born DOB passport MRN ssn -----BEGIN PRIVATE KEY----- https:// Mr. John Smith Inc. Street é\u200B\uD83D\uDE00\uD800\uDC00\uDFFF";

    [TestMethod]
    public void RandomStrings_NeverThrow_AndOffsetsAreValid()
    {
        var random = new Random(20261125);
        var session = new RedactionSession();
        for (int iteration = 0; iteration < 2000; iteration++)
        {
            int length = random.Next(0, 300);
            var sb = new StringBuilder(length);
            while (sb.Length < length)
            {
                int kind = random.Next(10);
                if (kind < 6)
                {
                    sb.Append(Alphabet[random.Next(Alphabet.Length)]);
                }
                else if (kind < 9)
                {
                    int start = random.Next(Alphabet.Length);
                    sb.Append(Alphabet, start, Math.Min(random.Next(1, 12), Alphabet.Length - start));
                }
                else
                {
                    sb.Append((char)random.Next(0, 0x10000));
                }
            }

            string text = sb.ToString();
            IReadOnlyList<PiiEntity> entities = PiiRedactor.Default.Analyze(text);
            int previousEnd = 0;
            foreach (PiiEntity e in entities)
            {
                Assert.IsTrue(e.Start >= previousEnd && e.End > e.Start && e.End <= text.Length, $"iteration {iteration}");
                Assert.IsTrue(PiiEntityTypes.IsKnown(e.Type));
                Assert.IsTrue(e.Score is > 0 and <= 1);
                previousEnd = e.End;
            }

            foreach (RedactionOperator op in Enum.GetValues<RedactionOperator>())
            {
                RedactionResult r = PiiRedactor.Default.Redact(text, op, new RedactionOptions { Session = session });
                Assert.HasCount(entities.Count, r.Entities);
                if (op == RedactionOperator.Mask)
                {
                    Assert.HasCount(text.Length, r.Text);
                }

                if (op == RedactionOperator.Replace && !text.Contains('<'))
                {
                    Assert.AreEqual(text, session.Restore(r.Text));
                }
            }
        }
    }

    [TestMethod]
    public void LargeAndPathologicalInputs_Complete()
    {
        string[] inputs =
        [
            new string('1', 200_000),
            string.Concat(Enumerable.Repeat("1-", 50_000)),
            string.Concat(Enumerable.Repeat("a:", 50_000)),
            string.Concat(Enumerable.Repeat("a@", 50_000)),
            string.Concat(Enumerable.Repeat("Aa ", 50_000)),
            "-----BEGIN PRIVATE KEY-----" + new string('A', 100_000),
            string.Concat(Enumerable.Repeat("https://a:b@", 10_000)),
            string.Concat(Enumerable.Repeat("password=", 10_000)),
        ];
        foreach (string input in inputs)
        {
            RedactionResult r = PiiRedactor.Default.Redact(input, RedactionOperator.Mask);
            Assert.HasCount(input.Length, r.Text);
        }
    }
}
