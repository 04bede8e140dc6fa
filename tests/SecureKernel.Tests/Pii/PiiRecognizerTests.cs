namespace SecureKernel.Tests.Pii;

[TestClass]
public sealed class PiiRecognizerTests
{
    private static readonly PiiRedactor s_redactor = new();

    private static void AssertFinds(string type, string text, string expectedValue)
    {
        IReadOnlyList<PiiEntity> found = s_redactor.Analyze(text, [type]);
        Assert.IsTrue(found.Any(e => text[e.Start..e.End] == expectedValue), $"{type} not found as '{expectedValue}'; got [{string.Join(", ", found.Select(e => text[e.Start..e.End]))}]");
    }

    private static void AssertNone(string type, string text)
    {
        IReadOnlyList<PiiEntity> found = s_redactor.Analyze(text, [type]);
        Assert.IsEmpty(found, $"{type} unexpectedly found: [{string.Join(", ", found.Select(e => text[e.Start..e.End]))}]");
    }

    [TestMethod]
    [DataRow("contact jane.doe+tag@example.co.uk.", "jane.doe+tag@example.co.uk")]
    [DataRow("IDN: user@xn--80ak6aa92e.com today", "user@xn--80ak6aa92e.com")]
    public void Email_Positives(string text, string value) => AssertFinds(PiiEntityTypes.Email, text, value);

    [TestMethod]
    [DataRow("my email is info@presidio.")]
    [DataRow("user@localhost and @handle and a@b")]
    public void Email_Negatives(string text) => AssertNone(PiiEntityTypes.Email, text);

    [TestMethod]
    [DataRow("call +1 415 555 0132 now", "+1 415 555 0132")]
    [DataRow("office (415) 555-0132.", "(415) 555-0132")]
    [DataRow("London +44 20 7123 4567", "+44 20 7123 4567")]
    [DataRow("Paris +33 1 42 68 53 00", "+33 1 42 68 53 00")]
    [DataRow("my phone number is 4155550132", "4155550132")]
    public void Phone_Positives(string text, string value) => AssertFinds(PiiEntityTypes.Phone, text, value);

    [TestMethod]
    [DataRow("released on 2021-05-21 in build 4155550132")]
    [DataRow("version 10.2.3.4 and ratio 1-2")]
    [DataRow("invoice +1 000 000 0000")]
    public void Phone_Negatives(string text) => AssertNone(PiiEntityTypes.Phone, text);

    [TestMethod]
    [DataRow("card 4111 1111 1111 1111 exp", "4111 1111 1111 1111")]
    [DataRow("amex 3714-496353-98431", "3714-496353-98431")]
    [DataRow("4012888888881881", "4012888888881881")]
    public void CreditCard_Positives(string text, string value) => AssertFinds(PiiEntityTypes.CreditCard, text, value);

    [TestMethod]
    [DataRow("card 4111 1111 1111 1112")]
    [DataRow("1111111111111111")]
    [DataRow("1748503543012")]
    [DataRow("4012-8888 8888-1881")]
    public void CreditCard_LuhnAndShapeNegatives(string text) => AssertNone(PiiEntityTypes.CreditCard, text);

    [TestMethod]
    [DataRow("pay to GB82 WEST 1234 5698 7654 32 today", "GB82 WEST 1234 5698 7654 32")]
    [DataRow("DE89370400440532013000", "DE89370400440532013000")]
    [DataRow("SC18 SSCB 1101 0000 0000 0000 1497 USD", "SC18 SSCB 1101 0000 0000 0000 1497 USD")]
    public void Iban_Positives(string text, string value) => AssertFinds(PiiEntityTypes.Iban, text, value);

    [TestMethod]
    [DataRow("GB82 WEST 1234 5698 7654 33")]
    [DataRow("DE89 3704 0044 0532 0130 01")]
    [DataRow("XX89370400440532013000")]
    [DataRow("gb82 west 1234 5698 7654 32")]
    public void Iban_Mod97AndFormatNegatives(string text) => AssertNone(PiiEntityTypes.Iban, text);

    [TestMethod]
    [DataRow("id 536-22-1234 on file", "536-22-1234")]
    [DataRow("SSN: 536221234", "536221234")]
    public void UsSsn_Positives(string text, string value) => AssertFinds(PiiEntityTypes.UsSsn, text, value);

    [TestMethod]
    [DataRow("666-12-3456")]
    [DataRow("000-12-3456")]
    [DataRow("536-00-1234")]
    [DataRow("536-22-0000")]
    [DataRow("912-22-1234")]
    [DataRow("536-22.1234")]
    [DataRow("order 536221234 shipped")]
    public void UsSsn_RuleNegatives(string text) => AssertNone(PiiEntityTypes.UsSsn, text);

    [TestMethod]
    [DataRow("from 192.168.10.25, port 80", "192.168.10.25")]
    [DataRow("net 10.0.0.0/8 routed", "10.0.0.0/8")]
    [DataRow("v6 2001:db8::1 up", "2001:db8::1")]
    [DataRow("mapped ::ffff:192.0.2.1 host", "::ffff:192.0.2.1")]
    [DataRow("full fe80:0:0:0:202:b3ff:fe1e:8329 x", "fe80:0:0:0:202:b3ff:fe1e:8329")]
    public void Ip_Positives(string text, string value) => AssertFinds(PiiEntityTypes.IpAddress, text, value);

    [TestMethod]
    [DataRow("999.1.1.1")]
    [DataRow("Version 1.2.3")]
    [DataRow("Time 12:34:56")]
    [DataRow("2001::25de::cade")]
    [DataRow("Ratio 1:2:3:4")]
    public void Ip_Negatives(string text) => AssertNone(PiiEntityTypes.IpAddress, text);

    [TestMethod]
    [DataRow("key AKIAZ3MSJV4WWNKWW5FB here", "AKIAZ3MSJV4WWNKWW5FB")]
    [DataRow("token ghp_R8x2kQ9mLw4ZtYp7Vb3NcJ6hFd1sGa5Ee0Uo rest", "ghp_R8x2kQ9mLw4ZtYp7Vb3NcJ6hFd1sGa5Ee0Uo")]
    [DataRow("slack xoxb-2948571039-7Hq2kLm9PzX4 ok", "xoxb-2948571039-7Hq2kLm9PzX4")]
    [DataRow("stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc.", "sk_live_4eC39HqLyjWDarjtT1zdp7dc")]
    [DataRow("openai sk-proj-Ab3dE5gH7jK9mN1pQ3sT5vX7zB9dF1hJ3lN5 x", "sk-proj-Ab3dE5gH7jK9mN1pQ3sT5vX7zB9dF1hJ3lN5")]
    [DataRow("google AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q x", "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q")]
    [DataRow("db password=hunter22 user=sa", "hunter22")]
    [DataRow("\"api_key\": \"Zx81kqP0vL3mN7rT2wY9\"", "Zx81kqP0vL3mN7rT2wY9")]
    [DataRow("Authorization: Bearer 9f8A7b6C5d4E3f2G1h0IjKlMn", "9f8A7b6C5d4E3f2G1h0IjKlMn")]
    public void ApiKey_Positives(string text, string value) => AssertFinds(PiiEntityTypes.ApiKey, text, value);

    [TestMethod]
    [DataRow("password: <your password>")]
    [DataRow("api_key=${API_KEY}")]
    [DataRow("token: aaaaaaaaaaaa")]
    [DataRow("AKIAAAAAAAAAAAAAAAAA")]
    [DataRow("the secret is out")]
    public void ApiKey_Negatives(string text) => AssertNone(PiiEntityTypes.ApiKey, text);

    [TestMethod]
    public void Jwt_RequiresJsonHeaderWithAlg()
    {
        const string jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
        AssertFinds(PiiEntityTypes.Jwt, "auth " + jwt + " end", jwt);
        AssertNone(PiiEntityTypes.Jwt, "eyJub3QiOiJqd3QifQ.eyJhIjoxfQxxxx.xxxxxxxx");
    }

    [TestMethod]
    public void PrivateKey_WholeBlockAndTruncatedBlock()
    {
        const string block = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo\n4lgOEePzNm0tRgeLezV6ffAt0gunVTLw\n-----END RSA PRIVATE KEY-----";
        AssertFinds(PiiEntityTypes.PrivateKey, "key:\n" + block + "\nthanks", block);
        const string truncated = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ";
        AssertFinds(PiiEntityTypes.PrivateKey, "here " + truncated, truncated);
        AssertNone(PiiEntityTypes.PrivateKey, "-----BEGIN PUBLIC KEY-----\nMIIBIjANBg\n-----END PUBLIC KEY-----");
    }

    [TestMethod]
    [DataRow("btc 16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ", "16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ")]
    [DataRow("segwit bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")]
    [DataRow("taproot bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297", "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297")]
    [DataRow("eth 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    [DataRow("eth 0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")]
    public void Crypto_Positives(string text, string value) => AssertFinds(PiiEntityTypes.CryptoWallet, text, value);

    [TestMethod]
    [DataRow("16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2")]
    [DataRow("16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1Boyz")]
    [DataRow("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp")]
    [DataRow("0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    public void Crypto_ChecksumNegatives(string text) => AssertNone(PiiEntityTypes.CryptoWallet, text);

    [TestMethod]
    [DataRow("db at https://admin:S3cr3tPass@db.example.com/x", "admin:S3cr3tPass")]
    [DataRow("https://acct.blob.core.windows.net/c/f.txt?sv=2020-08-04&sig=abcDEF123456%2Bxyz%3D", "abcDEF123456%2Bxyz%3D")]
    [DataRow("https://api.example.com/v1?access_token=ya29.a0AfH6SMBx&x=1", "ya29.a0AfH6SMBx")]
    public void UrlWithCredentials_Positives(string text, string value) => AssertFinds(PiiEntityTypes.UrlWithCredentials, text, value);

    [TestMethod]
    [DataRow("https://example.com/path?q=1&page=2")]
    [DataRow("mailto:someone@example.com and https://user@example.com/")]
    public void UrlWithCredentials_Negatives(string text) => AssertNone(PiiEntityTypes.UrlWithCredentials, text);

    [TestMethod]
    [DataRow("DOB: 03/14/1985", "03/14/1985")]
    [DataRow("she was born on March 14, 1985 in Ohio", "March 14, 1985")]
    [DataRow("Date of birth 14 Mar 1985.", "14 Mar 1985")]
    [DataRow("birthday: 1985-03-14", "1985-03-14")]
    public void DateOfBirth_NeedsContext(string text, string value) => AssertFinds(PiiEntityTypes.DateOfBirth, text, value);

    [TestMethod]
    [DataRow("Meeting on 03/14/1985 at noon")]
    [DataRow("DOB: 03/14/2999")]
    public void DateOfBirth_Negatives(string text) => AssertNone(PiiEntityTypes.DateOfBirth, text);

    [TestMethod]
    [DataRow("passport number: 912803456", "912803456")]
    [DataRow("Passport No. C01X00T47 issued", "C01X00T47")]
    [DataRow("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10")]
    public void Passport_Positives(string text, string value) => AssertFinds(PiiEntityTypes.Passport, text, value);

    [TestMethod]
    [DataRow("tracking 912803456")]
    [DataRow("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C37UTO7408122F1204159ZE184226B<<<<<10")]
    public void Passport_Negatives(string text) => AssertNone(PiiEntityTypes.Passport, text);

    [TestMethod]
    [DataRow("MRN: 00123456", "00123456")]
    [DataRow("medical record number MR-2048311 admitted", "MR-2048311")]
    public void Mrn_NeedsContext(string text, string value) => AssertFinds(PiiEntityTypes.MedicalRecordNumber, text, value);

    [TestMethod]
    public void Mrn_NoContext_NotFound() => AssertNone(PiiEntityTypes.MedicalRecordNumber, "order 00123456 shipped");

    [TestMethod]
    [DataRow("NI AB123456C ok", "AB123456C")]
    [DataRow("nino: PR 12 36 12 C", "PR 12 36 12 C")]
    public void UkNino_Positives(string text, string value) => AssertFinds(PiiEntityTypes.UkNino, text, value);

    [TestMethod]
    [DataRow("BG123456A")]
    [DataRow("AB 12 34 56 E")]
    [DataRow("FQ 00 00 00 C")]
    [DataRow("DA123456A")]
    public void UkNino_RuleNegatives(string text) => AssertNone(PiiEntityTypes.UkNino, text);

    [TestMethod]
    [DataRow("I live at 1600 Pennsylvania Avenue, Washington, DC 20500.", "1600 Pennsylvania Avenue, Washington, DC 20500")]
    [DataRow("ship to 221B Baker Street please", "221B Baker Street")]
    [DataRow("send it to PO Box 1234", "PO Box 1234")]
    public void StreetAddress_Positives(string text, string value) => AssertFinds(PiiEntityTypes.StreetAddress, text, value);

    [TestMethod]
    [DataRow("Please ask Dr. Alice Walker tomorrow", "Alice Walker")]
    [DataRow("Hi, my name is Priya Raman.", "Priya Raman")]
    [DataRow("Yesterday John Smith called", "John Smith")]
    [DataRow("Best regards,\nMaria Garcia", "Maria Garcia")]
    public void Person_Positives(string text, string value) => AssertFinds(PiiEntityTypes.Person, text, value);

    [TestMethod]
    [DataRow("The Quick Report was filed")]
    [DataRow("New York is big")]
    public void Person_Negatives(string text) => AssertNone(PiiEntityTypes.Person, text);

    [TestMethod]
    [DataRow("we flew to Paris last week", "Paris")]
    [DataRow("offices in San Francisco and Berlin", "San Francisco")]
    [DataRow("based in Springfield, IL now", "Springfield, IL")]
    public void Location_Positives(string text, string value) => AssertFinds(PiiEntityTypes.Location, text, value);

    [TestMethod]
    [DataRow("signed with Acme Widgets Inc. yesterday", "Acme Widgets Inc.")]
    [DataRow("Contoso GmbH ships", "Contoso GmbH")]
    [DataRow("she studies at University of Oxford now", "University of Oxford")]
    public void Organization_Positives(string text, string value) => AssertFinds(PiiEntityTypes.Organization, text, value);

    [TestMethod]
    public void UnknownEntityType_IsRejected() =>
        Assert.ThrowsExactly<ArgumentException>(() => s_redactor.Analyze("x", ["NOPE"]));

    [TestMethod]
    public void Overlaps_ResolvedByScoreThenLength()
    {
        // The IBAN (score 1.0) contains digit runs that other recognizers could claim; only the IBAN survives.
        const string text = "IBAN DE89370400440532013000 and mail a@example.org";
        IReadOnlyList<PiiEntity> all = s_redactor.Analyze(text);
        Assert.AreEqual(PiiEntityTypes.Iban, all[0].Type);
        Assert.AreEqual("DE89370400440532013000", text[all[0].Start..all[0].End]);
        for (int i = 1; i < all.Count; i++)
        {
            Assert.IsGreaterThanOrEqualTo(all[i - 1].End, all[i].Start);
        }

        // Same input, same output.
        CollectionAssert.AreEqual(all.ToArray(), s_redactor.Analyze(text).ToArray());
    }

    [TestMethod]
    public void MinScore_FiltersWeakerFindings()
    {
        var strict = new PiiRedactor(new PiiRedactorOptions { MinScore = 0.9 });
        const string text = "call (415) 555-0132 or mail a@example.org";
        IReadOnlyList<PiiEntity> found = strict.Analyze(text);
        Assert.IsTrue(found.All(e => e.Score >= 0.9));
        Assert.IsTrue(found.Any(e => e.Type == PiiEntityTypes.Email));
        Assert.IsFalse(found.Any(e => e.Type == PiiEntityTypes.Phone));
    }
}
