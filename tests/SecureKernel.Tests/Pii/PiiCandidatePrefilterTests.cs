namespace SecureKernel.Tests.Pii;

/// <summary>
/// The IBAN, UK NINO, bare-card and crypto-wallet recognizers look only at candidate positions (digit windows, runs of
/// letters and digits) instead of scanning the whole text; these cases sit at the edges of those candidates and on the
/// non-ASCII fallback.
/// </summary>
[TestClass]
public sealed class PiiCandidatePrefilterTests
{
    private static readonly PiiRedactor s_redactor = new();

    private static string[] Found(string type, string text) =>
        s_redactor.Analyze(text, [type]).Select(e => text[e.Start..e.End]).ToArray();

    [TestMethod]
    [DataRow("IBAN GB82 WEST 1234 5698 7654 32.", "GB82 WEST 1234 5698 7654 32")]
    [DataRow("(GB82WEST12345698765432)", "GB82WEST12345698765432")]
    [DataRow("Überweisung an DE89 3704 0044 0532 0130 00 bitte", "DE89 3704 0044 0532 0130 00")]
    public void Iban_FoundAtWindowStarts(string text, string value) => CollectionAssert.Contains(Found(PiiEntityTypes.Iban, text), value);

    [TestMethod]
    [DataRow("xGB82WEST12345698765432")]
    [DataRow("GB82WEST12345698765433")]
    public void Iban_NotFound(string text) => Assert.IsEmpty(Found(PiiEntityTypes.Iban, text));

    [TestMethod]
    [DataRow("NINO AB 12 34 56 C.", "AB 12 34 56 C")]
    [DataRow("NINO AB123456C", "AB123456C")]
    [DataRow("Müller: AB 12 34 56 C", "AB 12 34 56 C")]
    [DataRow("ref 7, nino AB \u0661\u0662 \u0663\u0664 \u0665\u0666 C", "AB \u0661\u0662 \u0663\u0664 \u0665\u0666 C")]
    public void UkNino_Found(string text, string value) => CollectionAssert.Contains(Found(PiiEntityTypes.UkNino, text), value);

    [TestMethod]
    [DataRow("AB 12 34 56 CX")]
    [DataRow("AB 12 34 56 C_")]
    public void UkNino_WordAfterLetter_NotFound(string text) => Assert.IsEmpty(Found(PiiEntityTypes.UkNino, text));

    [TestMethod]
    [DataRow("card 4222222222222 end", "4222222222222")]
    [DataRow("ids 12-4222222222222-9 end", "4222222222222")]
    public void BareCardRun_InsideWindow(string text, string value) => CollectionAssert.Contains(Found(PiiEntityTypes.CreditCard, text), value);

    [TestMethod]
    [DataRow("send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 now", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")]
    [DataRow("(bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4)", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")]
    [DataRow("to:0x52908400098527886E0F7030069857D2E4169EE7.", "0x52908400098527886E0F7030069857D2E4169EE7")]
    public void CryptoWallet_Found(string text, string value) => CollectionAssert.Contains(Found(PiiEntityTypes.CryptoWallet, text), value);

    [TestMethod]
    [DataRow("_1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")]
    [DataRow("é1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")]
    [DataRow("x1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")]
    [DataRow("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2_")]
    public void CryptoWallet_WordNeighbour_NotFound(string text) => Assert.IsEmpty(Found(PiiEntityTypes.CryptoWallet, text));
}
