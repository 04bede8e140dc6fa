using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.SemanticKernel;
using SecureKernel.Runtime;

namespace SecureKernel.Filters;

/// <summary>
/// Runs at prompt rendering: scans user text (argument values and user-role parts of the rendered prompt, never system
/// or developer messages, never content already wrapped as untrusted), detects variables rendered without encoding
/// (<c>AllowDangerouslySetContent</c>), and adds the spotlighting system instruction.
/// </summary>
internal sealed partial class PromptGuardFilter(SecureKernelGuard guard) : IPromptRenderFilter
{
    [GeneratedRegex("""<untrusted_document\b[^>]*>.*?</untrusted_document>""", RegexOptions.Singleline | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex WrappedRegex();

    [GeneratedRegex("""<message\s+role\s*=\s*["'](?<role>[^"']*)["']\s*>(?<body>.*?)</message>""", RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 2000)]
    private static partial Regex MessageRegex();

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<KernelFunction, object?> _inspected = new();

    public SecureKernelGuard Guard => guard;

    public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
    {
        var principal = guard.ResolvePrincipal(context.Arguments, context.Kernel.Data);
        using var scope = TurnState.Begin(principal, guard, context.Kernel.Data);
        guard.AdmitTurn(scope.State, modelCall: true);
        if (_inspected.TryAdd(context.Function, null)) guard.ReportConfiguration(SecurityConfigurationAudit.Inspect(context.Function));
        guard.ReportConfiguration(SecurityConfigurationAudit.InspectTemplateFactories(context.Kernel));

        await next(context).ConfigureAwait(false);
        string rendered = context.RenderedPrompt ?? "";

        // 1. Variables rendered without encoding: role injection is possible.
        var dangerous = new List<SecurityFinding>();
        foreach (var (name, value) in context.Arguments)
        {
            if (value is string s && s.Contains('<') && s.Length >= 3 && rendered.Contains(s, StringComparison.Ordinal))
            {
                guard.Logger.DangerousConfiguration($"argument '{name}' of function '{context.Function.Name}' was rendered without encoding (AllowDangerouslySetContent)");
                bool injects = s.Contains("<message", StringComparison.OrdinalIgnoreCase);
                dangerous.Add(new SecurityFinding(injects ? FindingKind.RoleForgery : FindingKind.DangerousConfiguration, $"unencoded_argument:{name}", injects ? 1 : 0.5, "prompt"));
            }
        }

        if (dangerous.Count > 0)
        {
            bool injects = dangerous.Any(d => d.Kind == FindingKind.RoleForgery);
            var v = guard.Decide(SecurityStage.Input, injects ? SecurityAction.Block : SecurityAction.Tag,
                injects ? "a prompt argument rendered without encoding carries chat role markup" : "a prompt argument was rendered without encoding", dangerous, injects ? 1 : 0.5, context.Function.Name);
            guard.Record(v);
            if (v.Action == SecurityAction.Block) throw new SecurityBlockedException(v);
        }

        // 2. Scan user text: string arguments and the user-role parts of the rendered prompt, minus wrapped content.
        var userText = new StringBuilder();
        foreach (var (name, value) in context.Arguments)
        {
            if (value is string s && !UntrustedContent.IsWrapped(s)) userText.Append(s).Append('\n');
        }
        foreach (var part in UserParts(rendered)) userText.Append(part).Append('\n');

        if (userText.Length > 0)
        {
            var verdict = await guard.ScanUserInputAsync(userText.ToString(), context.CancellationToken).ConfigureAwait(false);
            if (verdict.Action == SecurityAction.Block)
            {
                scope.State.Block(verdict); // the request record says why
                throw new SecurityBlockedException(verdict);
            }
        }

        scope.State.InputScanned = true;

        // 3. Spotlighting instruction as a system message.
        if (guard.SystemInstruction is { } instruction)
            context.RenderedPrompt = AddSystemInstruction(rendered, instruction);
    }

    /// <summary>The user-role text of a rendered prompt: the whole prompt when it has no message tags.</summary>
    internal static IEnumerable<string> UserParts(string rendered)
    {
        if (!rendered.Contains("<message", StringComparison.OrdinalIgnoreCase))
        {
            yield return StripWrapped(rendered);
            yield break;
        }

        foreach (Match m in MessageRegex().Matches(rendered))
        {
            string role = m.Groups["role"].Value.Trim().ToLowerInvariant();
            if (role is "system" or "developer") continue;
            if (role == "assistant" || role == "tool") continue;
            yield return StripWrapped(WebUtility.HtmlDecode(m.Groups["body"].Value));
        }
    }

    private static string StripWrapped(string text)
    {
        if (!text.Contains("untrusted_document", StringComparison.Ordinal)) return text;
        string decoded = text.Contains("&lt;untrusted_document", StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text;
        return WrappedRegex().Replace(decoded, " ");
    }

    internal static string AddSystemInstruction(string rendered, string instruction)
    {
        string system = $"<message role=\"system\">{UntrustedContent.Encode(instruction)}</message>";
        if (rendered.Contains(system, StringComparison.Ordinal)) return rendered;
        if (rendered.Contains("<message", StringComparison.OrdinalIgnoreCase)) return system + "\n" + rendered;

        // A plain prompt: keep the chat-prompt semantics (SK-encoded values decode once, so wrappers read literally)
        // when the text is well-formed XML content; otherwise encode it so the model sees exactly what SK would send.
        string body = IsXmlContent(rendered) ? rendered : UntrustedContent.Encode(rendered);
        return system + "\n<message role=\"user\">" + body + "</message>";
    }

    private static bool IsXmlContent(string text)
    {
        try
        {
            using var reader = System.Xml.XmlReader.Create(new StringReader("<root>" + text + "</root>"), new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null });
            while (reader.Read())
            {
                if (reader.NodeType == System.Xml.XmlNodeType.Element && reader.Depth > 0) return false;
            }
            return true;
        }
        catch (System.Xml.XmlException)
        {
            return false;
        }
    }
}
