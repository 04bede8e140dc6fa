using System.Text;

namespace SecureKernel.TestData;

/// <summary>
/// Deterministic mixed text for redaction and streaming measurements, shared (as a linked source file) by the PII
/// throughput measurement in tests/SecureKernel.Tests and the output benchmarks in bench/: mostly prose, code and logs,
/// with an email, phone, card, IBAN, IP, AWS key and URL secret scattered through it.
/// </summary>
internal static class MixedTextCorpus
{
    public static readonly string[] Lines =
    [
        "The quarterly review covered onboarding, retention and the roadmap for the next two releases of the product.",
        "Please contact the support team at help.desk@example.com or call +1 415 555 0132 before Friday.",
        "    var client = new HttpClient { BaseAddress = new Uri(\"https://api.example.com/v2/\") }; // retry 3 times",
        "Server 10.20.30.40 returned 503 for 12.5% of requests between 09:00 and 09:15 (build 4.2.1).",
        "Refund issued to card 4111 1111 1111 1111 and IBAN GB82 WEST 1234 5698 7654 32 on 2024-03-15.",
        "Our meeting notes: budget approved, hiring two engineers, moving the offsite to the second week of June.",
        "export AWS_ACCESS_KEY_ID=AKIAZ3MSJV4WWNKWW5FB and never commit password=hunter22 to the repository.",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.",
        "Ticket #48213: the user reported that the dashboard chart renders blank in dark mode on Safari 17.",
        "{\"id\": 1842, \"status\": \"ok\", \"items\": [3, 5, 8], \"url\": \"https://cdn.example.net/a/b.png\"}",
    ];

    /// <summary>The lines repeated, one per line, until the text holds at least <paramref name="targetChars"/> characters.</summary>
    public static string Create(int targetChars)
    {
        var sb = new StringBuilder(targetChars + 200);
        int i = 0;
        while (sb.Length < targetChars)
        {
            sb.Append(Lines[i++ % Lines.Length]).Append('\n');
        }

        return sb.ToString();
    }
}
