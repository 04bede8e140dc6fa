using ComponentDescription = System.ComponentModel.DescriptionAttribute;
using Microsoft.SemanticKernel;

namespace SecureKernel.Tests.Infrastructure;

public sealed class DocsPlugin(string document)
{
    public int Calls;

    [KernelFunction("search"), ComponentDescription("Searches the documents.")]
    public string Search(string query)
    {
        Interlocked.Increment(ref Calls);
        return document;
    }
}

public sealed class MailPlugin
{
    public List<(string To, string Body)> Outbox { get; } = [];

    [KernelFunction("send_email"), ComponentDescription("Sends an email.")]
    public string SendEmail(string to, string body)
    {
        lock (Outbox) Outbox.Add((to, body));
        return "sent";
    }
}

/// <summary>A detector that fails in a chosen way.</summary>
internal sealed class FaultyDetector(string mode) : IInjectionDetector
{
    public string Name => "faulty";

    public async ValueTask<IReadOnlyList<InjectionScanResult>> ScanAsync(IReadOnlyList<ScanRequest> requests, CancellationToken cancellationToken = default)
    {
        switch (mode)
        {
            case "throw": throw new InvalidOperationException("detector crashed");
            case "hang": await Task.Delay(Timeout.Infinite, CancellationToken.None); return [];
            case "garbage": return [new InjectionScanResult { Score = double.NaN, Flagged = false }];
            case "out_of_range": return requests.Select(_ => new InjectionScanResult { Score = 1.5, Flagged = false }).ToList();
            case "negative_infinity": return requests.Select(_ => new InjectionScanResult { Score = double.NegativeInfinity, Flagged = false }).ToList();
            case "null_findings": return requests.Select(_ => new InjectionScanResult { Score = 0.1, Flagged = false, Findings = null! }).ToList();
            case "null_finding": return requests.Select(_ => new InjectionScanResult { Score = 0.1, Flagged = false, Findings = [null!] }).ToList();
            case "null_result": return requests.Select(_ => (InjectionScanResult)null!).ToList();
            case "null_list": return null!;
            case "wrong_count": return [];
            default: return requests.Select(_ => InjectionScanResult.Clean).ToList();
        }
    }
}
