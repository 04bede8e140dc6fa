using System.Collections;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using static SecureKernel.Tests.Infrastructure.TestConfiguration;

namespace SecureKernel.Tests.Options;

[TestClass]
public sealed class SecureKernelConfigurationBinderTests
{
    [TestMethod]
    public void Bind_WebExampleAppSettings_BindsEnumsTimeSpansAndPerPluginPolicies()
    {
        // The example's real file (copied next to the tests by the project reference).
        var config = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();
        var options = new SecureKernelOptions();

        var errors = SecureKernelConfigurationBinder.Bind(config.GetSection("SecureKernel"), options);

        Assert.IsEmpty(errors, string.Join("\n", errors));
        Assert.IsEmpty(options.Validate());
        Assert.AreEqual(GuardMode.Enforce, options.Mode);
        Assert.AreEqual(FailureMode.FailClosedForHighConsequence, options.FailureMode);
        Assert.AreEqual(SpotlightingMode.Delimit, options.Retrieval.Spotlighting);
        Assert.AreEqual(TimeSpan.FromSeconds(5), options.Retrieval.DetectorTimeout);
        CollectionAssert.AreEqual(new[] { "docs" }, options.Retrieval.RetrievalPlugins.ToArray());
        Assert.AreEqual(4000, options.Input.MaxUserChars);

        var mail = options.Tools.Policies["MAIL.SEND_EMAIL"];
        Assert.AreEqual(ToolConsequence.External, mail.Consequence, "policy keys stay case-insensitive after binding");
        Assert.IsTrue(mail.RequiresApproval);
        Assert.AreEqual(false, mail.AcceptsUntrustedContext);
        Assert.AreEqual(TimeSpan.FromMinutes(10), mail.RateLimitWindow);
        Assert.AreEqual(5, mail.RateLimitPermits);
        Assert.AreEqual(ToolConsequence.Read, options.Tools.Policies["docs"].Consequence);
        Assert.AreEqual(ToolConsequence.Write, options.Tools.DefaultPolicy.Consequence);
        Assert.AreEqual(ToolConsequence.External, new SecureKernelGuard(options).ResolvePolicy("mail", "send_email").Consequence);
        CollectionAssert.AreEqual(new[] { "intranet.contoso.example" }, options.Output.Sanitizer.AllowedHosts.ToArray());
    }

    [TestMethod]
    public void Bind_ListInConfiguration_ReplacesDefaultInsteadOfAppending()
    {
        var options = new SecureKernelOptions();
        Assert.Contains("http", options.Output.Sanitizer.AllowedSchemes, "precondition: the default allows http");
        var config = Json("""{ "Output": { "EntityTypes": [ "EMAIL" ], "Sanitizer": { "AllowedSchemes": [ "https" ] } } }""");

        var errors = SecureKernelConfigurationBinder.Bind(config, options);

        Assert.IsEmpty(errors);
        CollectionAssert.AreEqual(new[] { "https" }, options.Output.Sanitizer.AllowedSchemes.ToArray(), "the plain binder would give https,http,mailto,https");
        CollectionAssert.AreEqual(new[] { "EMAIL" }, options.Output.EntityTypes.ToArray());

        // The plain binder, for contrast: this is the behaviour the binder exists to avoid.
        var plain = new SecureKernelOptions();
        config.Bind(plain);
        Assert.HasCount(4, plain.Output.Sanitizer.AllowedSchemes);
    }

    [TestMethod]
    public void Bind_EmptyList_EmptiesDefault()
    {
        var options = new SecureKernelOptions();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Output:EntityTypes"] = "" }).Build();

        Assert.IsEmpty(SecureKernelConfigurationBinder.Bind(config, options));
        Assert.IsEmpty(options.Output.EntityTypes);
    }

    [TestMethod]
    public void Bind_EveryListOption_ReplacesItsDefault()
    {
        // Walks every list-typed option reachable from SecureKernelOptions, so a list added later is covered too.
        var lists = ListPaths(typeof(SecureKernelOptions), "").ToList();
        Assert.IsGreaterThanOrEqualTo(5, lists.Count, string.Join(", ", lists));
        foreach (string path in lists)
        {
            var options = new SecureKernelOptions();
            var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [path + ":0"] = "EMAIL" }).Build();
            Assert.IsEmpty(SecureKernelConfigurationBinder.Bind(config, options), path);
            var list = (IList)Resolve(options, path)!;
            Assert.HasCount(1, list, path);
            Assert.AreEqual("EMAIL", list[0], path);
        }
    }

    [TestMethod]
    public void Bind_UnknownKeysAndBadValues_ListsEveryError_AndAppliesTheRest()
    {
        var options = new SecureKernelOptions();
        var config = Json("""
        {
          "Mode": "Enforced",
          "Retrieval": { "DetectorTimeout": "ten seconds", "Spotlighting": "Datamark" },
          "Tools": { "Policies": { "mail.send_email": { "RequireApproval": true, "Consequence": "External" } } },
          "Input": { "MaxUserChars": "many" },
          "OnDecision": "x"
        }
        """);

        var errors = SecureKernelConfigurationBinder.Bind(config, options);

        Assert.HasCount(5, errors, string.Join("\n", errors));
        Assert.IsTrue(errors.Any(e => e.StartsWith("Mode: 'Enforced' is not a valid GuardMode (valid: Enforce, Observe", StringComparison.Ordinal)), string.Join("\n", errors));
        Assert.IsTrue(errors.Any(e => e.StartsWith("Retrieval:DetectorTimeout: 'ten seconds' is not a valid TimeSpan", StringComparison.Ordinal)));
        Assert.IsTrue(errors.Any(e => e.StartsWith("Tools:Policies:mail.send_email:RequireApproval: unknown setting for ToolPolicy", StringComparison.Ordinal) && e.Contains("RequiresApproval")));
        Assert.IsTrue(errors.Any(e => e.StartsWith("Input:MaxUserChars:", StringComparison.Ordinal)));
        Assert.IsTrue(errors.Any(e => e.StartsWith("OnDecision: unknown setting", StringComparison.Ordinal)), "callbacks are code-only");

        Assert.AreEqual(SpotlightingMode.Datamark, options.Retrieval.Spotlighting, "valid keys still apply");
        Assert.AreEqual(ToolConsequence.External, options.Tools.Policies["mail.send_email"].Consequence);
        Assert.AreEqual(GuardMode.Enforce, options.Mode, "an invalid value leaves the default");
    }

    [TestMethod]
    public void AddSecureKernel_FromConfiguration_ValidationListsBindingAndRangeErrorsTogether()
    {
        var config = Json("""{ "SecureKernel": { "Mode": "Enforced", "Input": { "MaxUserChars": 0 }, "Output": { "EntityTypes": [ "NOT_A_TYPE" ] } } }""");
        var builder = Kernel.CreateBuilder();
        builder.AddSecurityFilters(config.GetSection("SecureKernel"));

        var ex = Assert.Throws<OptionsValidationException>(() => builder.Build().GetSecurityGuard());

        var failures = ex.Failures.ToList();
        Assert.HasCount(3, failures, string.Join("\n", failures));
        Assert.IsTrue(failures.Any(f => f.StartsWith("Mode:", StringComparison.Ordinal)));
        Assert.IsTrue(failures.Any(f => f.StartsWith("Input.MaxUserChars:", StringComparison.Ordinal)));
        Assert.IsTrue(failures.Any(f => f.Contains("NOT_A_TYPE", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void AddSecureKernel_FromConfiguration_CodeConfigureRunsAfterBinding()
    {
        var config = Json("""{ "Tools": { "Policies": { "mail": { "Consequence": "External" } } } }""");
        var services = new ServiceCollection();
        SecurityVerdict? seen = null;
        services.AddSecureKernel(config, o => o.OnDecision = v => seen = v);
        using var sp = services.BuildServiceProvider();

        var guard = sp.GetRequiredService<SecureKernelGuard>();

        Assert.AreEqual(ToolConsequence.External, guard.ResolvePolicy("mail", "send_email").Consequence);
        Assert.IsNotNull(guard.Options.OnDecision);
        Assert.IsNull(seen);
    }

    private static IEnumerable<string> ListPaths(Type type, string prefix)
    {
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var t = p.PropertyType;
            if (t == typeof(string) || t.IsValueType || typeof(Delegate).IsAssignableFrom(t)) continue;
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IList<>))
            {
                if (t.GetGenericArguments()[0] == typeof(string)) yield return prefix + p.Name;
                continue;
            }

            if (t.Namespace == "SecureKernel" && t.IsClass && !t.IsAbstract)
            {
                foreach (string inner in ListPaths(t, prefix + p.Name + ":")) yield return inner;
            }
        }
    }

    private static object? Resolve(object root, string path)
    {
        object? current = root;
        foreach (string part in path.Split(':')) current = current!.GetType().GetProperty(part)!.GetValue(current);
        return current;
    }

    [TestMethod]
    public void Bind_TrustProfiles_BindsPoliciesRateLimitRulesAndBudgets()
    {
        var config = Json("""
        {
          "DefaultProfile": "public",
          "Profiles": {
            "public": {
              "Tools": { "Policies": { "docs": { "Consequence": "Read" } } },
              "RateLimits": [ { "Partition": "User", "Algorithm": "TokenBucket", "PermitLimit": 10, "TokensPerPeriod": 2, "Window": "00:00:06" } ],
              "Budget": { "MaxTokens": 200000, "Window": "1.00:00:00" }
            },
            "internal": {
              "Tools": { "Policies": { "docs": {}, "mail.send_email": { "Consequence": "External", "RequiresApproval": true } } }
            }
          }
        }
        """);
        var options = new SecureKernelOptions();

        var errors = SecureKernelConfigurationBinder.Bind(config, options);

        Assert.IsEmpty(errors, string.Join("\n", errors));
        Assert.IsEmpty(options.Validate());
        Assert.AreEqual("public", options.DefaultProfile);
        var pub = options.Profiles["public"];
        Assert.IsTrue(pub.DenyUnlistedTools, "a profile bound from configuration still denies the tools it does not list");
        Assert.HasCount(1, pub.Tools.Policies);
        var rule = pub.RateLimits.Single();
        Assert.AreEqual(RateLimitPartition.User, rule.Partition);
        Assert.AreEqual(RateLimitAlgorithm.TokenBucket, rule.Algorithm);
        Assert.AreEqual(10, rule.PermitLimit);
        Assert.AreEqual(2, rule.TokensPerPeriod);
        Assert.AreEqual(TimeSpan.FromSeconds(6), rule.Window);
        Assert.AreEqual(200_000, pub.Budget!.MaxTokens);
        Assert.AreEqual(TimeSpan.FromDays(1), pub.Budget.Window);
        Assert.IsTrue(options.Profiles["internal"].Tools.Policies["MAIL.SEND_EMAIL"].RequiresApproval);
        Assert.IsFalse(options.Profiles["public"].Tools.Policies.ContainsKey("mail.send_email"));
    }

    [TestMethod]
    public void Bind_TrustProfileTypo_IsReported()
    {
        var config = Json("""{ "Profiles": { "public": { "RateLimit": [ { "PermitLimit": 1 } ], "Budget": { "MaxTokens": "lots" } } } }""");

        var errors = SecureKernelConfigurationBinder.Bind(config, new SecureKernelOptions());

        Assert.IsTrue(errors.Any(e => e.Contains("RateLimit", StringComparison.Ordinal)), string.Join("\n", errors));
        Assert.IsTrue(errors.Any(e => e.Contains("MaxTokens", StringComparison.Ordinal)), string.Join("\n", errors));
    }
}
