using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace SecureKernel.Runtime;

/// <summary>Finds untrusted content in the messages a model has seen: tool results of untrusted tools and wrapped documents.</summary>
internal static partial class HistoryTaint
{
    [GeneratedRegex("""<untrusted_document\b[^>]*>""", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex WrapperRegex();

    [GeneratedRegex("\\ssource=\"(?<s>[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex SourceRegex();

    [GeneratedRegex("""\sfindings="[^"]*(?:detector_failure|unscanned|length_exceeded)""", RegexOptions.CultureInvariant)]
    private static partial Regex UnverifiedRegex();

    /// <summary>Collects taint from M.E.AI messages.</summary>
    public static void Collect(SecureKernelGuard guard, IEnumerable<ChatMessage> messages, List<string> sources, ref bool unverified) =>
        Collect(guard, messages.Select(m => (m.Role == ChatRole.User, m.Role == ChatRole.System, Texts(m))), sources, ref unverified);

    /// <summary>Collects taint from a Semantic Kernel chat history.</summary>
    public static void Collect(SecureKernelGuard guard, Microsoft.SemanticKernel.ChatCompletion.ChatHistory history, List<string> sources, ref bool unverified) =>
        Collect(guard, history.Select(m => (m.Role == Microsoft.SemanticKernel.ChatCompletion.AuthorRole.User, m.Role == Microsoft.SemanticKernel.ChatCompletion.AuthorRole.System, Texts(m))), sources, ref unverified);

    private static void Collect(SecureKernelGuard guard, IEnumerable<(bool IsUser, bool IsSystem, IEnumerable<string> Texts)> messages, List<string> sources, ref bool unverified)
    {
        var list = messages.ToList();
        int start = 0;
        if (guard.CurrentProfile.Tools.TaintScope == TaintScope.Turn)
        {
            for (int i = list.Count - 1; i >= 0; i--)
            {
                if (list[i].IsUser) { start = i + 1; break; }
            }
        }

        for (int i = start; i < list.Count; i++)
        {
            if (list[i].IsSystem) continue;
            foreach (var t in list[i].Texts) Scan(t, sources, ref unverified);
        }
    }

    private static IEnumerable<string> Texts(ChatMessage m)
    {
        foreach (var c in m.Contents)
        {
            if (c is FunctionResultContent frc)
            {
                foreach (var t in ResultTexts(frc.Result)) yield return t;
            }
            else if (c is TextContent { Text: { Length: > 0 } t }) yield return t;
        }
    }

    private static IEnumerable<string> Texts(Microsoft.SemanticKernel.ChatMessageContent m)
    {
        if (!string.IsNullOrEmpty(m.Content)) yield return m.Content;
        foreach (var item in m.Items)
        {
            if (item is Microsoft.SemanticKernel.FunctionResultContent frc)
            {
                foreach (var t in ResultTexts(frc.Result)) yield return t;
            }
        }
    }

    private static IEnumerable<string> ResultTexts(object? result) => result switch
    {
        null => [],
        string s => [s],
        Microsoft.SemanticKernel.FunctionResult fr => ResultTexts(fr.GetValue<object>()),
        IEnumerable<Microsoft.SemanticKernel.Data.TextSearchResult> r => r.Select(x => x.Value ?? ""),
        IEnumerable<string> ss => ss,
        System.Text.Json.JsonElement e => [e.ValueKind == System.Text.Json.JsonValueKind.String ? e.GetString() ?? "" : e.GetRawText()],
        _ => [result.ToString() ?? ""],
    };

    /// <summary>Adds wrapper sources found in <paramref name="text"/>; returns true when any wrapper was found.</summary>
    public static bool Scan(string text, List<string> sources, ref bool unverified)
    {
        if (!text.Contains("untrusted_document", StringComparison.Ordinal)) return false;
        bool any = false;
        foreach (Match match in WrapperRegex().Matches(text.Contains("&lt;untrusted_document", StringComparison.Ordinal) ? System.Net.WebUtility.HtmlDecode(text) : text))
        {
            any = true;
            var source = SourceRegex().Match(match.Value);
            AddUnique(sources, source.Success ? System.Net.WebUtility.HtmlDecode(source.Groups["s"].Value) : "untrusted");
            if (UnverifiedRegex().IsMatch(match.Value)) unverified = true;
        }
        return any;
    }

    private static void AddUnique(List<string> list, string value)
    {
        if (!list.Contains(value)) list.Add(value);
    }
}
