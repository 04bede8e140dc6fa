using System.Text.Json;
using SecureKernel.Tests.Audit;
using SecureKernel.Tests.Cli;

namespace SecureKernel.Tests.Profiles;

/// <summary>Profiles, limits and budgets bound from a JSON config (the <c>securekernel posture --config</c> path).</summary>
[TestClass]
public sealed class ProfileConfigTests
{
    [TestMethod]
    public async Task Posture_ConfigWithProfiles_IsBound_NamedProfilesDenyUnlistedTools()
    {
        string path = AuditTestSupport.TempFile() + ".json";
        File.WriteAllText(path, """
            {
              "SecureKernel": {
                "DefaultProfile": "Public",
                "Profiles": {
                  "public": {
                    "Tools": { "Policies": { "Docs": { "Consequence": "Read" } } },
                    "RateLimits": [ { "Partition": "User", "Algorithm": "TokenBucket", "PermitLimit": 10, "TokensPerPeriod": 1, "Window": "00:00:06" } ],
                    "Budget": { "MaxTokens": 200000, "Window": "1.00:00:00" }
                  },
                  "internal": {
                    "DenyUnlistedTools": false,
                    "Tools": { "DefaultPolicy": { "Consequence": "Read" }, "Policies": { "Mail": { "Consequence": "External", "RequiresApproval": true } } }
                  }
                }
              }
            }
            """);
        var (code, output, err) = await CliRunner.RunAsync("", ["posture", "--config", path]);
        Assert.AreEqual(0, code, err);
        var root = JsonDocument.Parse(output).RootElement;
        var controls = root.GetProperty("controls").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("settings"));
        Assert.AreEqual("Public", controls["trust_profiles"].GetProperty("default_profile").GetString());
        Assert.AreEqual("denied", controls["profile:public"].GetProperty("unlisted_tools").GetString(), "a named profile denies unlisted tools unless it opts out");
        Assert.AreEqual("read", controls["profile:internal"].GetProperty("unlisted_tools").GetString());
        StringAssert.Contains(controls["profile:public"].GetProperty("rate_limits").GetString(), "tokenbucket 10/00:00:06 (+1 per period) per user");
        Assert.AreEqual("200000 tokens per user per 1.00:00:00", controls["profile:public"].GetProperty("budget").GetString());
        var risks = root.GetProperty("risks").EnumerateArray().Select(r => (Id: r.GetProperty("id").GetString(), Control: r.GetProperty("control").GetString())).ToArray();
        CollectionAssert.Contains(risks, ("profile_unlisted_tools_allowed", "profile:internal"));
        CollectionAssert.DoesNotContain(risks, ("profile_unlisted_tools_allowed", "profile:public"));
    }

    [TestMethod]
    public async Task Posture_InvalidProfileConfig_ListsEveryError()
    {
        string path = AuditTestSupport.TempFile() + ".json";
        File.WriteAllText(path, """{"DefaultProfile": "missing", "Profiles": {"p": {"RateLimits": [{"PermitLimit": 0}], "Budget": {}}}}""");
        var (code, _, err) = await CliRunner.RunAsync("", ["posture", "--config", path]);
        Assert.AreEqual(SecureKernel.Cli.CliExitCodes.BadArguments, code);
        StringAssert.Contains(err, "DefaultProfile: 'missing' names no profile");
        StringAssert.Contains(err, "Profiles[p].RateLimits[0].PermitLimit");
        StringAssert.Contains(err, "Profiles[p].Budget: sets neither MaxTokens nor MaxCost");
    }
}
