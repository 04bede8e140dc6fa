using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;

namespace SecureKernel.Tests.Pii;

[TestClass]
public sealed class RedactionTests
{
    private const string Text = "Mail jane@example.com or bob@example.org, then jane@example.com again; card 4111 1111 1111 1111.";

    [TestMethod]
    public void Replace_UsesTypedPlaceholdersConsistentAcrossCalls()
    {
        var session = new RedactionSession();
        var options = new RedactionOptions { Session = session };
        RedactionResult first = PiiRedactor.Default.Redact(Text, RedactionOperator.Replace, options);
        Assert.AreEqual("Mail <EMAIL_1> or <EMAIL_2>, then <EMAIL_1> again; card <CREDIT_CARD_1>.", first.Text);
        Assert.HasCount(4, first.Entities);

        RedactionResult second = PiiRedactor.Default.Redact("bob@example.org wrote back", RedactionOperator.Replace, options);
        Assert.AreEqual("<EMAIL_2> wrote back", second.Text);
        Assert.AreEqual(3, session.Count);
    }

    [TestMethod]
    public void Vault_RestoresOnlyItsOwnPlaceholders()
    {
        var session = new RedactionSession();
        RedactionResult r = PiiRedactor.Default.Redact(Text, RedactionOperator.Replace, new RedactionOptions { Session = session });
        Assert.AreEqual(Text, session.Restore(r.Text));

        // A model answer built from placeholders is restored for the owner; unknown placeholders stay as they are.
        Assert.AreEqual("Reply to jane@example.com about <EMAIL_9> and <x>", session.Restore("Reply to <EMAIL_1> about <EMAIL_9> and <x>"));

        var other = new RedactionSession();
        Assert.AreEqual("<EMAIL_1>", other.Restore("<EMAIL_1>"));
        session.Clear();
        Assert.AreEqual("<EMAIL_1>", session.Restore("<EMAIL_1>"));
    }

    [TestMethod]
    public void Mask_KeepsLengthAndHidesValue()
    {
        RedactionResult r = PiiRedactor.Default.Redact("mail jane@example.com!", RedactionOperator.Mask, new RedactionOptions { MaskChar = '#' });
        Assert.AreEqual("mail " + new string('#', "jane@example.com".Length) + "!", r.Text);
    }

    [TestMethod]
    public void Hash_IsSaltedAndDeterministicPerKey()
    {
        var a = new RedactionOptions { HashKey = [1, 2, 3] };
        var b = new RedactionOptions { HashKey = [4, 5, 6] };
        string h1 = PiiRedactor.Default.Redact("jane@example.com", RedactionOperator.Hash, a).Text;
        string h2 = PiiRedactor.Default.Redact("x jane@example.com", RedactionOperator.Hash, a).Text;
        string h3 = PiiRedactor.Default.Redact("jane@example.com", RedactionOperator.Hash, b).Text;
        StringAssert.StartsWith(h1, "<EMAIL:");
        Assert.AreEqual("x " + h1, h2);
        Assert.AreNotEqual(h1, h3);
        Assert.DoesNotContain("jane", h1);
    }

    [TestMethod]
    public void Redact_RemovesEntities()
    {
        RedactionResult r = PiiRedactor.Default.Redact("a jane@example.com b", RedactionOperator.Redact);
        Assert.AreEqual("a  b", r.Text);
    }

    [TestMethod]
    public void EntityTypeFilter_LimitsRedaction()
    {
        RedactionResult r = PiiRedactor.Default.Redact(Text, RedactionOperator.Replace, new RedactionOptions { EntityTypes = [PiiEntityTypes.CreditCard] });
        StringAssert.Contains(r.Text, "jane@example.com");
        StringAssert.Contains(r.Text, "<CREDIT_CARD_1>");
    }

    [TestMethod]
    public void Session_IsThreadSafe()
    {
        var session = new RedactionSession();
        Parallel.For(0, 200, i =>
        {
            string p = session.GetPlaceholder(PiiEntityTypes.Email, $"u{i % 50}@example.com");
            Assert.IsTrue(session.TryGetValue(p, out string v));
            Assert.AreEqual($"u{i % 50}@example.com", v);
        });
        Assert.AreEqual(50, session.Count);
    }

    [TestMethod]
    public void Session_FullFailsClosed()
    {
        var session = new RedactionSession(maxEntries: 1);
        session.GetPlaceholder(PiiEntityTypes.Email, "a@example.com");
        Assert.ThrowsExactly<InvalidOperationException>(() => session.GetPlaceholder(PiiEntityTypes.Email, "b@example.com"));
    }

    [TestMethod]
    public void ComplianceRedactor_RedactsLogValuesThroughDependencyInjection()
    {
        var pii = new DataClassification("SecureKernel", "Pii");
        var services = new ServiceCollection();
        services.AddRedaction(b => b.AddSecureKernelPiiRedactor(new DataClassificationSet(pii)));
        using ServiceProvider sp = services.BuildServiceProvider();
        Redactor redactor = sp.GetRequiredService<IRedactorProvider>().GetRedactor(new DataClassificationSet(pii));
        Assert.IsInstanceOfType<PiiLogRedactor>(redactor);
        Assert.AreEqual("user <EMAIL> from <IP_ADDRESS>", redactor.Redact("user jane@example.com from 10.1.2.3"));

        // Span API: length first, then the write.
        ReadOnlySpan<char> source = "key AKIAZ3MSJV4WWNKWW5FB".AsSpan();
        Span<char> buffer = stackalloc char[redactor.GetRedactedLength(source)];
        int written = redactor.Redact(source, buffer);
        Assert.AreEqual("key <API_KEY>", buffer[..written].ToString());
    }

    [TestMethod]
    public void ComplianceRedactor_AsFallback()
    {
        var services = new ServiceCollection();
        services.AddRedaction(b => b.AddSecureKernelPiiRedactor());
        using ServiceProvider sp = services.BuildServiceProvider();
        Redactor redactor = sp.GetRequiredService<IRedactorProvider>().GetRedactor(new DataClassificationSet(new DataClassification("x", "y")));
        Assert.AreEqual("ssn <US_SSN>", redactor.Redact("ssn 536-22-1234"));
    }
}
