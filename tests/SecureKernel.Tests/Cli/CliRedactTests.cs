using System.Text.Json;
using SecureKernel.Cli;

namespace SecureKernel.Tests.Cli;

[TestClass]
public sealed class CliRedactTests
{
    private static Task<(int Code, string[] Lines, string Err)> Run(string input, params string[] args) => CliRunner.RunLinesAsync(input, args);

    [TestMethod]
    public async Task Redact_ContractFields_OffsetsIntoInput()
    {
        const string text = "Mail john.doe@example.com or call, key AKIAIOSFODNN7EXAMPLE.";
        var (code, lines, err) = await Run(JsonSerializer.Serialize(new { id = "r1", text }), "redact");
        Assert.AreEqual(0, code, err);
        var root = JsonDocument.Parse(lines.Single()).RootElement;
        Assert.AreEqual("r1", root.GetProperty("id").GetString());
        Assert.AreEqual("Mail <EMAIL_1> or call, key <API_KEY_1>.", root.GetProperty("redacted").GetString());
        foreach (var e in root.GetProperty("entities").EnumerateArray())
        {
            int start = e.GetProperty("start").GetInt32(), end = e.GetProperty("end").GetInt32();
            string value = text[start..end];
            Assert.IsTrue(e.GetProperty("type").GetString() switch { "EMAIL" => value == "john.doe@example.com", "API_KEY" => value == "AKIAIOSFODNN7EXAMPLE", _ => false }, value);
            Assert.IsTrue(e.GetProperty("score").GetDouble() is > 0 and <= 1);
        }
    }

    [TestMethod]
    public async Task Redact_EntitiesAndOperatorOptions()
    {
        string input = JsonSerializer.Serialize(new { id = 1, text = "a@b.com and AKIAIOSFODNN7EXAMPLE" });
        var (code, lines, _) = await Run(input, "redact", "--entities", "EMAIL", "--operator", "mask");
        Assert.AreEqual(0, code);
        string redacted = JsonDocument.Parse(lines[0]).RootElement.GetProperty("redacted").GetString()!;
        Assert.AreEqual("******* and AKIAIOSFODNN7EXAMPLE", redacted);
    }

    [TestMethod]
    [DataRow("--entities", "NOPE")]
    [DataRow("--operator", "shred")]
    public async Task Redact_BadOptions_Exit2(string option, string value)
    {
        var (code, lines, err) = await Run("{\"text\":\"x\"}", "redact", option, value);
        Assert.AreEqual(2, code);
        Assert.AreEqual(0, lines.Length);
        Assert.IsFalse(string.IsNullOrWhiteSpace(err));
    }

    [TestMethod]
    public async Task Redact_MalformedLine_ErrorLineAndExit3()
    {
        var (code, lines, _) = await Run("{\"id\":7}\n{\"id\":8,\"text\":\"ok\"}", "redact");
        Assert.AreEqual(3, code);
        Assert.AreEqual(7, JsonDocument.Parse(lines[0]).RootElement.GetProperty("id").GetInt32());
        Assert.IsTrue(JsonDocument.Parse(lines[0]).RootElement.TryGetProperty("error", out _));
        Assert.AreEqual("ok", JsonDocument.Parse(lines[1]).RootElement.GetProperty("redacted").GetString());
    }
}
