using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SecureKernel.Tests.Output;

/// <summary>
/// A test-side check, written separately from the library's verifier: parses HTML with AngleSharp (scripting on and
/// off, plus a serialize/parse round trip) and lists anything executable, any auto-loading URL and any clickable URL
/// whose host is not in <c>allowedHosts</c>.
/// </summary>
internal static class IndependentDomCheck
{
    private static readonly string[] s_executableElements =
        ["script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button", "textarea", "select",
         "meta", "base", "link", "style", "svg", "math", "template", "portal", "video", "audio", "source", "picture", "animate", "set"];

    private static readonly string[] s_loadAttributes = ["src", "srcset", "poster", "background", "data", "lowsrc", "dynsrc", "xlink:href"];

    public static List<string> Problems(string html, params string[] allowedHosts)
    {
        var problems = new List<string>();
        foreach (bool scripting in new[] { true, false })
        {
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = scripting });
            using var doc = parser.ParseDocument(html);
            Scan(doc, allowedHosts, problems);
            using var again = parser.ParseDocument(doc.DocumentElement.OuterHtml);
            Scan(again, allowedHosts, problems);
        }

        return problems.Distinct().ToList();
    }

    private static void Scan(IDocument doc, string[] allowedHosts, List<string> problems)
    {
        foreach (var e in doc.QuerySelectorAll("*"))
        {
            string n = e.LocalName.ToLowerInvariant();
            if (s_executableElements.Contains(n)) problems.Add("element " + n);
            foreach (var a in e.Attributes)
            {
                string an = a.Name.ToLowerInvariant();
                string v = new string(a.Value.Where(c => c > ' ').ToArray()).ToLowerInvariant();
                if (an.StartsWith("on")) problems.Add("handler " + an);
                if (an is "name" or "id" or "srcdoc" or "formaction" or "action" or "ping") problems.Add("attribute " + an);
                bool urlAttribute = an is "href" or "action" or "formaction" or "ping" or "cite" || s_loadAttributes.Contains(an);
                if (urlAttribute && (v.StartsWith("javascript:") || v.StartsWith("vbscript:") || v.StartsWith("data:") || v.Contains("javascript:"))) problems.Add("script url in " + an);
                if (an == "style" && (v.Contains("url(") || v.Contains("expression") || v.Contains("@import") || v.Contains("\\"))) problems.Add("style url");
                if (s_loadAttributes.Contains(an) && !IsAllowed(a.Value, allowedHosts, relativeOk: true)) problems.Add($"autoload {n}.{an}");
                if (an == "href" && !IsAllowed(a.Value, allowedHosts, relativeOk: true)) problems.Add($"link {n}.href");
            }
        }
    }

    private static bool IsAllowed(string url, string[] allowedHosts, bool relativeOk)
    {
        string u = url.Trim();
        if (u.StartsWith("//") || u.StartsWith("\\\\") || u.StartsWith("/\\")) return false;
        if (u.StartsWith('#') || (u.StartsWith('/') && !u.Contains(':'))) return relativeOk;
        if (!Uri.TryCreate(u, UriKind.Absolute, out var uri))
            return relativeOk && !u.Contains(':');
        if (uri.Scheme is not ("http" or "https" or "mailto")) return false;
        if (uri.Scheme == "mailto")
        {
            string host = u[(u.LastIndexOf('@') + 1)..].Split('?')[0].ToLowerInvariant();
            return allowedHosts.Any(h => host == h || host.EndsWith("." + h));
        }

        string ih = uri.IdnHost.ToLowerInvariant();
        return uri.UserInfo.Length == 0 && allowedHosts.Any(h => ih == h || ih.EndsWith("." + h));
    }
}
