using System.Text.Json;
using SecureKernel.Cli;
using SecureKernel.Tests.Audit;

namespace SecureKernel.Tests.Cli;

[TestClass]
public sealed class CliRedTeamTests
{
    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRunner.RunAsync("", args);

    [TestMethod]
    public async Task CanaryLeak_Markdown_Exit0()
    {
        var (code, output, err) = await Run("redteam", "--kind", "canary_leak", "--format", "markdown");
        Assert.AreEqual(CliExitCodes.Success, code, err);
        StringAssert.StartsWith(output, "# SecureKernel red-team report");
        StringAssert.Contains(output, "| canary_leak |");
        Assert.IsFalse(output.Contains("| jailbreak |", StringComparison.Ordinal));
        StringAssert.Contains(output, "No attack reached its goal with SecureKernel on.");
        StringAssert.Contains(err, "securekernel: redteam:");
    }

    [TestMethod]
    public async Task AttackThatGetsThrough_Exit1_WithTheCasesInTheJson()
    {
        // Under the default options a document that only asks for a quoted reply ("ROLE-OVERRIDE-OK") is tagged, not removed.
        var (code, output, err) = await Run("redteam", "--kind=role_forgery", "--stream");
        var root = JsonDocument.Parse(output).RootElement;
        int through = root.GetProperty("total").GetProperty("with_securekernel").GetProperty("attack_successes").GetInt32();
        Assert.IsTrue(root.GetProperty("streaming").GetBoolean());
        Assert.AreEqual(through > 0 ? CliExitCodes.AttacksSucceeded : CliExitCodes.Success, code, err);
        Assert.AreEqual(through, root.GetProperty("protected_attack_successes").GetArrayLength());
        Assert.IsTrue(root.GetProperty("protected_attack_successes").EnumerateArray().All(e => e.GetProperty("kind").GetString() == "role_forgery"));
    }

    [TestMethod]
    public async Task Config_IsUsed_AndOutputFileWritten()
    {
        string config = AuditTestSupport.TempFile() + ".json";
        // The app declares its mail tool harmless: indirect injections then reach send_email, and the gate says so.
        File.WriteAllText(config, """{"SecureKernel": {"Tools": {"Policies": {"mail": {"Consequence": "Read", "AcceptsUntrustedContext": true}}}}}""");
        string output = AuditTestSupport.TempFile() + ".json";
        var (code, stdout, err) = await Run("redteam", "--kind", "indirect_injection", "--config", config, "--output", output);
        Assert.AreEqual(CliExitCodes.AttacksSucceeded, code, err);
        Assert.AreEqual("", stdout);
        var root = JsonDocument.Parse(File.ReadAllText(output)).RootElement;
        Assert.IsTrue(root.GetProperty("total").GetProperty("with_securekernel").GetProperty("attack_successes").GetInt32() > 0);
    }

    [TestMethod]
    [DataRow(new string[] { "redteam", "--kind", "xss" })]
    [DataRow(new string[] { "redteam", "--format", "xml" })]
    [DataRow(new string[] { "redteam", "--stream=maybe" })]
    [DataRow(new string[] { "redteam", "--config", "/nonexistent/dir/config.json" })]
    [DataRow(new string[] { "redteam", "--bogus" })]
    [DataRow(new string[] { "redteam", "stray" })]
    [DataRow(new string[] { "redteam", "--kind", "canary_leak", "--output", "/nonexistent/dir/report.json" })]
    public async Task BadArguments_Exit2(string[] args)
    {
        var (code, output, err) = await Run(args);
        Assert.AreEqual(CliExitCodes.BadArguments, code);
        Assert.AreEqual("", output, "nothing on stdout");
        StringAssert.StartsWith(err, "securekernel:");
    }

    [TestMethod]
    public async Task InvalidConfig_Exit2_ListsEveryError()
    {
        string config = AuditTestSupport.TempFile() + ".json";
        File.WriteAllText(config, """{"Input": {"MaxUserChars": 0}, "Retrieval": {"Threshold": 2}}""");
        var (code, output, err) = await Run("redteam", "--config", config);
        Assert.AreEqual(CliExitCodes.BadArguments, code);
        Assert.AreEqual("", output);
        StringAssert.Contains(err, "Input.MaxUserChars");
        StringAssert.Contains(err, "Retrieval.Threshold");
    }

    [TestMethod]
    public async Task Help_And_Usage_ListTheVerb()
    {
        var (code, _, err) = await Run("redteam", "--help");
        Assert.AreEqual(CliExitCodes.Success, code);
        StringAssert.Contains(err, "usage: securekernel redteam");
        (code, _, err) = await Run("--help");
        Assert.AreEqual(CliExitCodes.Success, code);
        StringAssert.Contains(err, "redteam");
    }
}
