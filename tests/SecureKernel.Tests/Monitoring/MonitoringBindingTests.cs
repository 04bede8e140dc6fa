using System.Text;
using Microsoft.Extensions.Configuration;

namespace SecureKernel.Tests.Monitoring;

[TestClass]
public sealed class MonitoringBindingTests
{
    [TestMethod]
    public void Monitoring_AndApprovalExpiry_BindFromConfiguration_TyposReported()
    {
        const string Json = """
            { "SecureKernel": {
                "Tools": { "ApprovalExpiry": "00:30:00" },
                "Monitoring": {
                  "Extraction": { "Enabled": true, "Action": "Throttle", "Threshold": 12, "Window": "00:05:00", "MinSimilarity": 0.6 },
                  "Baseline": { "Window": "00:01:00", "Factor": 4, "MinTurnsPerWindow": 50 } } } }
            """;
        var config = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(Json))).Build();
        var options = new SecureKernelOptions();

        var errors = SecureKernelConfigurationBinder.Bind(config.GetSection("SecureKernel"), options);

        Assert.IsEmpty(errors, string.Join("\n", errors));
        Assert.IsEmpty(options.Validate());
        Assert.AreEqual(TimeSpan.FromMinutes(30), options.Tools.ApprovalExpiry);
        Assert.IsTrue(options.Monitoring.Extraction.Enabled);
        Assert.AreEqual(ExtractionAction.Throttle, options.Monitoring.Extraction.Action);
        Assert.AreEqual(12, options.Monitoring.Extraction.Threshold);
        Assert.AreEqual(TimeSpan.FromMinutes(5), options.Monitoring.Extraction.Window);
        Assert.AreEqual(0.6, options.Monitoring.Extraction.MinSimilarity);
        Assert.AreEqual(TimeSpan.FromMinutes(1), options.Monitoring.Baseline.Window);
        Assert.AreEqual(4d, options.Monitoring.Baseline.Factor);
        Assert.AreEqual(50, options.Monitoring.Baseline.MinTurnsPerWindow);

        var typo = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(
            """{ "Monitoring": { "Extraction": { "Treshold": 5 } } }"""))).Build();
        var typoErrors = SecureKernelConfigurationBinder.Bind(typo, new SecureKernelOptions());
        Assert.IsTrue(typoErrors.Any(e => e.Contains("Treshold", StringComparison.Ordinal)), string.Join("\n", typoErrors));
    }
}
