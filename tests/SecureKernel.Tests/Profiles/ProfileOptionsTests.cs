using Microsoft.Extensions.Options;

namespace SecureKernel.Tests.Profiles;

[TestClass]
public sealed class ProfileOptionsTests
{
    [TestMethod]
    public void Validate_ListsEveryProfileLimitAndBudgetError()
    {
        var o = new SecureKernelOptions { DefaultProfile = "nope" };
        o.Profiles["default"] = new TrustProfile();
        o.Profiles["empty"] = null!;
        var p = new TrustProfile { Budget = new TokenBudgetOptions { MaxTokens = -1, Window = TimeSpan.Zero } };
        p.RateLimits.Add(new RateLimitRule { PermitLimit = 0, Window = TimeSpan.FromSeconds(-1) });
        p.RateLimits.Add(new RateLimitRule { PermitLimit = 1, Target = " ", TokensPerPeriod = 0 });
        p.Tools.Add("Mail", new ToolPolicy { RateLimitPermits = -5 });
        o.Profiles["partner"] = p;
        o.Budget = new TokenBudgetOptions { MaxCost = 5 };

        var errors = o.Validate();
        string all = string.Join("\n", errors);
        string[] expected =
        [
            "DefaultProfile: 'nope' names no profile",
            "Profiles[default]: the name 'default' is reserved",
            "Profiles[empty]: must not be null",
            "Profiles[partner].Budget.MaxTokens",
            "Profiles[partner].Budget.Window: must be greater than zero",
            "Profiles[partner].Budget: sets neither MaxTokens nor MaxCost",
            "Profiles[partner].RateLimits[0].PermitLimit",
            "Profiles[partner].RateLimits[0].Window: must be greater than zero",
            "Profiles[partner].RateLimits[1].Target: must not be empty",
            "Profiles[partner].RateLimits[1].TokensPerPeriod",
            "Profiles[partner].Tools.Policies[Mail].RateLimitPermits",
            "Budget.MaxCost: needs InputCostPerMillionTokens",
        ];
        foreach (var e in expected) Assert.IsTrue(errors.Any(x => x.Contains(e, StringComparison.Ordinal)), $"missing '{e}' in:\n{all}");
        Assert.AreEqual(expected.Length, errors.Count, all);

        var ex = Assert.Throws<OptionsValidationException>(() => new SecureKernelGuard(o));
        Assert.AreEqual(expected.Length, ex.Failures.Count());
    }

    [TestMethod]
    public void Defaults_AreValid_AndANewProfileDeniesUnlistedTools()
    {
        var o = new SecureKernelOptions();
        o.Profiles["public"] = new TrustProfile();
        o.DefaultProfile = "public";
        Assert.AreEqual(0, o.Validate().Count, string.Join("\n", o.Validate()));
        Assert.IsTrue(new TrustProfile().DenyUnlistedTools);
    }

    [TestMethod]
    public void TrustProfileScope_Nests_AndRejectsEmptyNames()
    {
        Assert.IsNull(TrustProfileScope.Current);
        using (TrustProfileScope.Begin("a"))
        {
            using (TrustProfileScope.Begin("b")) Assert.AreEqual("b", TrustProfileScope.Current);
            Assert.AreEqual("a", TrustProfileScope.Current);
        }

        Assert.IsNull(TrustProfileScope.Current);
        Assert.Throws<ArgumentException>(() => TrustProfileScope.Begin(" "));
    }
}
