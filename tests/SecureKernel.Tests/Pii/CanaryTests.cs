namespace SecureKernel.Tests.Pii;

[TestClass]
public sealed class CanaryTests
{
    [TestMethod]
    public void Tokens_AreRandomAndPrefixed()
    {
        var registry = new CanaryRegistry();
        CanaryToken a = registry.CreateToken("system-prompt");
        CanaryToken b = registry.CreateToken("document-wrapper");
        StringAssert.StartsWith(a.Value, CanaryToken.Prefix);
        Assert.HasCount(CanaryToken.Prefix.Length + 20, a.Value);
        Assert.AreNotEqual(a.Value, b.Value);
        Assert.HasCount(2, registry.Tokens);
    }

    [TestMethod]
    public void Found_InTextUrlsAndJson()
    {
        var registry = new CanaryRegistry();
        CanaryToken t = registry.CreateToken();
        string random = t.Value[CanaryToken.Prefix.Length..];
        Assert.AreSame(t, registry.FindCanary($"The hidden marker is {t.Value}."));
        Assert.IsTrue(registry.ContainsCanary(t.Value.ToUpperInvariant()));
        Assert.IsTrue(registry.ContainsCanary("prefix dropped: " + random));
        Assert.IsTrue(registry.ContainsCanary(random[..5] + "\u200B" + random[5..]));

        string percent = string.Concat(t.Value.Select(c => "%" + ((int)c).ToString("X2")));
        Assert.IsTrue(registry.ContainsCanary("https://evil.example/p.png?d=" + percent));
        Assert.IsTrue(registry.ContainsCanary("https://evil.example/p.png?d=" + percent.Replace("%", "%25")));
        Assert.IsTrue(registry.ContainsCanary("<img src=\"https://evil.example/?q=" + string.Concat(t.Value.Select(c => "&#" + (int)c + ";")) + "\">"));

        string json = "{\"url\":\"https://x.example/?q=\\u0073k-canary-" + random + "\",\"n\":[1,{\"deep\":\"ok\"}]}";
        Assert.AreSame(t, registry.FindCanaryInJson(json));
        Assert.IsNull(registry.FindCanaryInJson("{\"q\":\"nothing here\"}"));
        Assert.IsNull(registry.FindCanaryInJson("not json"));
    }

    [TestMethod]
    public void NotFound_ForOtherSessionsOrEmpty()
    {
        var mine = new CanaryRegistry();
        mine.CreateToken();
        var other = new CanaryRegistry();
        CanaryToken foreign = other.CreateToken();
        Assert.IsFalse(mine.ContainsCanary(foreign.Value));
        Assert.IsFalse(mine.ContainsCanary(null));
        Assert.IsFalse(mine.ContainsCanary("%%%E0%A4%A bad escapes"));
        Assert.IsFalse(new CanaryRegistry().ContainsCanary("sk-canary-abc"));
    }
}
