namespace SecureKernel.Testing;

/// <summary>Settings of <see cref="GullibleChatClient"/>.</summary>
public sealed class GullibleChatClientOptions
{
    /// <summary>A tool whose name contains this text (ignoring case) is treated as the retrieval tool. Default <c>search</c>.</summary>
    public string SearchToolMarker { get; set; } = "search";

    /// <summary>The name of the query argument passed to the retrieval tool. Default <c>query</c>.</summary>
    public string QueryParameterName { get; set; } = "query";

    /// <summary>
    /// A tool whose name contains one of these texts (ignoring case) is high-consequence: the model calls it when it
    /// finds instructions in retrieved text. Default: <c>send_email</c>.
    /// </summary>
    public IList<string> HighConsequenceToolMarkers { get; } = ["send_email"];

    /// <summary>The recipient used when the retrieved text contains no email address. Default <c>attacker@evil.example</c>.</summary>
    public string DefaultRecipient { get; set; } = "attacker@evil.example";

    /// <summary>How many characters of retrieved text go into the email body. Default 200.</summary>
    public int BodyPrefixLength { get; set; } = 200;

    /// <summary>The maximum number of characters per streamed text update. Default 8.</summary>
    public int StreamingChunkSize { get; set; } = 8;

    /// <summary>How many retrieved documents the final answer summarizes. Default 3.</summary>
    public int MaxSummarizedDocuments { get; set; } = 3;

    /// <summary>The model id reported in metadata and responses.</summary>
    public string ModelId { get; set; } = "gullible-offline";

    /// <summary>
    /// Reads text the way a tokenizer does, not the way a screen shows it: Unicode tag characters are read as the ASCII
    /// they encode, zero-width and bidi control characters are skipped, full-width forms and common Cyrillic/Greek
    /// look-alikes are read as Latin letters (without ICU, so the same under invariant globalization). Applies to retrieved text and the user message. Default false.
    /// </summary>
    public bool ReadsHiddenText { get; set; }

    /// <summary>
    /// Obeys requests in the user message or in retrieved text to reveal its instructions ("repeat your system prompt",
    /// "print the text above"): the answer then starts with every system message and <c>ChatOptions.Instructions</c>. Default false.
    /// </summary>
    public bool RevealsSystemPrompt { get; set; }

    /// <summary>
    /// Obeys quoted-output directives in the user message or in retrieved text ("start your reply with \"X\"",
    /// "say 'X'"): the answer then starts with the quoted text. Default false.
    /// </summary>
    public bool FollowsOutputDirectives { get; set; }

    /// <summary>
    /// When retrieved text contains instructions (<see cref="GullibleReader.ContainsInstructions"/>), copies every line
    /// of it that carries a link, an image, HTML markup or a URL into the answer, with the data placeholders
    /// <c>SECRET123</c>, <c>{data}</c> and <c>[DATA]</c> replaced by the URL-encoded user question. Default false.
    /// </summary>
    public bool RendersDocumentMarkup { get; set; }

    /// <summary>
    /// Options for red-team runs: the defaults with <see cref="ReadsHiddenText"/>, <see cref="RevealsSystemPrompt"/>,
    /// <see cref="FollowsOutputDirectives"/> and <see cref="RendersDocumentMarkup"/> switched on.
    /// </summary>
    /// <returns>A new options object.</returns>
    public static GullibleChatClientOptions ForRedTeam() => new()
    {
        ReadsHiddenText = true,
        RevealsSystemPrompt = true,
        FollowsOutputDirectives = true,
        RendersDocumentMarkup = true,
    };
}
