namespace SecureKernel.Testing;

/// <summary>The attack kinds of the red-team corpus. The JSON names are in <see cref="RedTeamCorpus.KindName"/>.</summary>
public enum RedTeamAttackKind
{
    /// <summary>Instructions hidden in retrieved documents (emails, web pages, code comments, tables, tickets). JSON <c>indirect_injection</c>.</summary>
    IndirectInjection,

    /// <summary>User-side jailbreaks (role-play, "developer mode", DAN). JSON <c>jailbreak</c>.</summary>
    Jailbreak,

    /// <summary>Forged roles and chat-template tokens (fake system messages, <c>&lt;|im_start|&gt;system</c>). JSON <c>role_forgery</c>.</summary>
    RoleForgery,

    /// <summary>Instructions hidden with Unicode: tag characters, zero-width, bidi controls, homoglyphs, full-width forms. JSON <c>unicode_smuggling</c>.</summary>
    UnicodeSmuggling,

    /// <summary>Markdown or HTML in the answer that sends data to a remote host (images, links, CSS). JSON <c>markdown_exfiltration</c>.</summary>
    MarkdownExfiltration,

    /// <summary>Attempts to make the model repeat its system prompt (caught by canaries). JSON <c>canary_leak</c>.</summary>
    CanaryLeak,
}
