using System.Text.Json;
using SecureKernel.Cli;
using SecureKernel.Tests.Audit;

namespace SecureKernel.Tests.Cli;

[TestClass]
public sealed class CliAuditPostureTests
{
    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRunner.RunAsync("", args);

    private static async Task<string> AuditFile(int count)
    {
        string path = AuditTestSupport.TempFile();
        await new JsonLinesAuditSink(path).WriteAsync(Enumerable.Range(1, count).Select(i => AuditTestSupport.Record(i)).ToArray(), CancellationToken.None);
        return path;
    }

    [TestMethod]
    public async Task AuditVerify_Intact_Exit0()
    {
        string path = await AuditFile(4);
        var (code, output, err) = await Run("audit", "verify", "--input", path);
        Assert.AreEqual(CliExitCodes.Success, code, err);
        var e = JsonDocument.Parse(output).RootElement;
        Assert.IsTrue(e.GetProperty("intact").GetBoolean());
        Assert.AreEqual(4, e.GetProperty("records").GetInt32());
        Assert.AreEqual(64, e.GetProperty("last_hash").GetString()!.Length);
    }

    [TestMethod]
    public async Task AuditVerify_Broken_Exit3_WithTheFirstBrokenLine()
    {
        string path = await AuditFile(4);
        var lines = File.ReadAllLines(path).ToList();
        lines.RemoveAt(2);
        File.WriteAllLines(path, lines);
        var (code, output, _) = await Run("audit", "verify", $"--input={path}");
        Assert.AreEqual(CliExitCodes.IntegrityFailure, code);
        Assert.AreEqual(3, code);
        var e = JsonDocument.Parse(output).RootElement;
        Assert.IsFalse(e.GetProperty("intact").GetBoolean());
        Assert.AreEqual(3, e.GetProperty("line").GetInt32());
        Assert.AreEqual(2, e.GetProperty("records").GetInt32());
        Assert.IsFalse(string.IsNullOrEmpty(e.GetProperty("error").GetString()));
    }

    [TestMethod]
    [DataRow(new string[] { "audit" })]
    [DataRow(new string[] { "audit", "check" })]
    [DataRow(new string[] { "audit", "verify" })]
    [DataRow(new string[] { "audit", "verify", "--input" })]
    [DataRow(new string[] { "audit", "verify", "--input", "/nonexistent/dir/audit.jsonl" })]
    [DataRow(new string[] { "audit", "verify", "--bogus", "x" })]
    [DataRow(new string[] { "posture", "--format", "xml" })]
    [DataRow(new string[] { "posture", "--config", "/nonexistent/dir/config.json" })]
    [DataRow(new string[] { "posture", "stray" })]
    public async Task BadArguments_Exit2(string[] args)
    {
        var (code, output, err) = await Run(args);
        Assert.AreEqual(CliExitCodes.BadArguments, code);
        Assert.AreEqual("", output, "nothing on stdout");
        StringAssert.StartsWith(err, "securekernel:");
    }

    [TestMethod]
    public async Task Posture_Defaults_Json_And_Markdown()
    {
        var (code, output, err) = await Run("posture");
        Assert.AreEqual(0, code, err);
        var e = JsonDocument.Parse(output).RootElement;
        Assert.AreEqual("enforce", e.GetProperty("mode").GetString());
        Assert.AreEqual("no_audit_sink", e.GetProperty("risks")[0].GetProperty("id").GetString());

        (code, output, _) = await Run("posture", "--format", "markdown");
        Assert.AreEqual(0, code);
        StringAssert.StartsWith(output, "# SecureKernel security posture");
    }

    [TestMethod]
    public async Task Posture_ConfigFile_IsBound_AndFlagged()
    {
        string path = AuditTestSupport.TempFile() + ".json";
        File.WriteAllText(path, """
            {
              // appsettings-style section, comments and trailing commas allowed
              "SecureKernel": {
                "Mode": "Observe",
                "FailureMode": "FailOpen",
                "Retrieval": { "Spotlighting": "None", "DetectorTimeout": "00:00:05" },
                "Tools": { "Policies": { "mail": { "Consequence": "External", "AcceptsUntrustedContext": true } } },
                "Audit": { "JsonLinesPath": "audit.jsonl", "FailureMode": "Drop" },
              }
            }
            """);
        var (code, output, err) = await Run("posture", "--config", path);
        Assert.AreEqual(0, code, err);
        var root = JsonDocument.Parse(output).RootElement;
        var risks = root.GetProperty("risks").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToArray();
        CollectionAssert.IsSubsetOf(new[] { "observe_mode", "fail_open", "spotlighting_off", "tool_accepts_untrusted_context", "audit_drop_mode" }, risks);
        CollectionAssert.DoesNotContain(risks, "no_audit_sink");
        var retrieval = root.GetProperty("controls").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "failure_mode");
        Assert.AreEqual("00:00:05", retrieval.GetProperty("settings").GetProperty("detector_timeout").GetString());
        Assert.IsFalse(File.Exists(Path.Combine(Path.GetDirectoryName(path)!, "audit.jsonl")), "posture only reads the config");
    }

    [TestMethod]
    public async Task Posture_InvalidConfig_Exit2_ListsEveryError()
    {
        string path = AuditTestSupport.TempFile() + ".json";
        File.WriteAllText(path, """{"Input": {"MaxUserChars": 0}, "Retrieval": {"Threshold": 2}, "Audit": {"BufferSize": 0}}""");
        var (code, output, err) = await Run("posture", "--config", path);
        Assert.AreEqual(CliExitCodes.BadArguments, code);
        Assert.AreEqual("", output);
        StringAssert.Contains(err, "Input.MaxUserChars");
        StringAssert.Contains(err, "Retrieval.Threshold");
        StringAssert.Contains(err, "Audit.BufferSize");

        File.WriteAllText(path, """{"Mode": "Sometimes", "Typo": 1}""");
        (code, _, err) = await Run("posture", "--config", path);
        Assert.AreEqual(CliExitCodes.BadArguments, code);
        StringAssert.Contains(err, "config:");

        File.WriteAllText(path, """{"Inptu": {}}""");
        (code, _, err) = await Run("posture", "--config", path);
        Assert.AreEqual(CliExitCodes.BadArguments, code);
        StringAssert.Contains(err, "Inptu", "unknown properties are errors, so typos are not silently ignored");
    }

    [TestMethod]
    public async Task ScanStillWorks_AndUsageListsTheNewVerbs()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = await CliApp.RunAsync(["scan"], new StringReader("""{"id": 1, "text": "hello"}"""), stdout, stderr);
        Assert.AreEqual(0, code);
        Assert.AreEqual(1, JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("id").GetInt32());

        var (helpCode, _, help) = await Run("--help");
        Assert.AreEqual(0, helpCode);
        StringAssert.Contains(help, "audit");
        StringAssert.Contains(help, "posture");
    }
}
