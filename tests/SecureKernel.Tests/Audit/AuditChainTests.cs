using System.Text.Json;

namespace SecureKernel.Tests.Audit;

[TestClass]
public sealed class AuditChainTests
{
    private static async Task<string> WriteFile(int count)
    {
        string path = AuditTestSupport.TempFile();
        var sink = new JsonLinesAuditSink(path);
        await sink.WriteAsync(Enumerable.Range(1, count / 2).Select(i => AuditTestSupport.Record(i)).ToArray(), CancellationToken.None);
        await sink.WriteAsync(Enumerable.Range(count / 2 + 1, count - count / 2).Select(i => AuditTestSupport.Record(i)).ToArray(), CancellationToken.None);
        return path;
    }

    [TestMethod]
    public async Task Chain_WrittenInBatches_VerifiesIntact_AndLinksEachRecord()
    {
        string path = await WriteFile(6);
        var result = AuditVerifier.Verify(path);
        Assert.IsTrue(result.Intact, result.Error);
        Assert.AreEqual(6, result.Records);
        Assert.IsNull(result.BrokenLine);

        string[] lines = File.ReadAllLines(path);
        Assert.HasCount(6, lines);
        string prev = new('0', 64);
        foreach (string line in lines)
        {
            var e = JsonDocument.Parse(line).RootElement;
            Assert.AreEqual(prev, e.GetProperty("prev_hash").GetString());
            prev = e.GetProperty("hash").GetString()!;
            Assert.AreEqual("retrieval", e.GetProperty("stage").GetString());
            Assert.AreEqual(0.9, e.GetProperty("scores").GetProperty("instruction_override").GetDouble());
        }

        Assert.AreEqual(prev, result.LastHash);
    }

    [TestMethod]
    public async Task Tampering_WithAField_IsDetectedAtThatLine()
    {
        string path = await WriteFile(5);
        string[] lines = File.ReadAllLines(path);
        lines[2] = lines[2].Replace("\"action\":\"tag\"", "\"action\":\"allow\"", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);
        var result = AuditVerifier.Verify(path);
        Assert.IsFalse(result.Intact);
        Assert.AreEqual(3, result.BrokenLine);
        Assert.AreEqual(2, result.Records);
        StringAssert.Contains(result.Error, "modified");
    }

    [TestMethod]
    public async Task Tampering_WithRecomputedHash_IsDetectedAtTheNextLine()
    {
        string path = await WriteFile(5);
        string[] lines = File.ReadAllLines(path);
        // An attacker edits line 3 and recomputes its own hash: line 4 no longer links to it.
        string prefix = lines[2][..^75].Replace("decision 3", "decision X", StringComparison.Ordinal);
        string hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(prefix)));
        lines[2] = prefix + ",\"hash\":\"" + hash + "\"}";
        File.WriteAllLines(path, lines);
        var result = AuditVerifier.Verify(path);
        Assert.IsFalse(result.Intact);
        Assert.AreEqual(4, result.BrokenLine);
        StringAssert.Contains(result.Error, "prev_hash");
    }

    [TestMethod]
    public async Task Dropping_ARecord_IsDetected()
    {
        string path = await WriteFile(5);
        var lines = File.ReadAllLines(path).ToList();
        lines.RemoveAt(1);
        File.WriteAllLines(path, lines);
        var result = AuditVerifier.Verify(path);
        Assert.IsFalse(result.Intact);
        Assert.AreEqual(2, result.BrokenLine);
        StringAssert.Contains(result.Error, "removed, inserted or reordered");
    }

    [TestMethod]
    public async Task Reordering_Records_IsDetected()
    {
        string path = await WriteFile(5);
        string[] lines = File.ReadAllLines(path);
        (lines[2], lines[3]) = (lines[3], lines[2]);
        File.WriteAllLines(path, lines);
        var result = AuditVerifier.Verify(path);
        Assert.IsFalse(result.Intact);
        Assert.AreEqual(3, result.BrokenLine);
    }

    [TestMethod]
    public async Task GarbageLine_IsReportedWithoutQuotingIt()
    {
        string path = await WriteFile(3);
        File.AppendAllText(path, "secret text here\n");
        var result = AuditVerifier.Verify(path);
        Assert.IsFalse(result.Intact);
        Assert.AreEqual(4, result.BrokenLine);
        Assert.AreEqual(3, result.Records);
        Assert.DoesNotContain("secret", result.Error!);
    }

    [TestMethod]
    public async Task Restart_ContinuesTheChainFromTheLastRecord()
    {
        string path = await WriteFile(3);
        string lastHash = AuditVerifier.Verify(path).LastHash;
        var restarted = new JsonLinesAuditSink(path);
        await restarted.WriteAsync([AuditTestSupport.Record(10), AuditTestSupport.Record(11)], CancellationToken.None);
        var result = AuditVerifier.Verify(path);
        Assert.IsTrue(result.Intact, result.Error);
        Assert.AreEqual(5, result.Records);
        Assert.AreEqual(lastHash, JsonDocument.Parse(File.ReadAllLines(path)[3]).RootElement.GetProperty("prev_hash").GetString());
    }

    [TestMethod]
    public async Task Restart_OnATamperedOrPartialLastRecord_RefusesToAppend()
    {
        string path = await WriteFile(3);
        string[] lines = File.ReadAllLines(path);
        lines[2] = lines[2].Replace("decision 3", "decision Y", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);
        await Assert.ThrowsAsync<InvalidDataException>(async () => await new JsonLinesAuditSink(path).WriteAsync([AuditTestSupport.Record(9)], CancellationToken.None));

        string partial = await WriteFile(2);
        File.AppendAllText(partial, "{\"ts\":\"2026");
        await Assert.ThrowsAsync<InvalidDataException>(async () => await new JsonLinesAuditSink(partial).WriteAsync([AuditTestSupport.Record(9)], CancellationToken.None));
    }

    [TestMethod]
    public void EmptyFile_IsIntact()
    {
        string path = AuditTestSupport.TempFile();
        File.WriteAllText(path, "");
        var result = AuditVerifier.Verify(path);
        Assert.IsTrue(result.Intact);
        Assert.AreEqual(0, result.Records);
    }
}
