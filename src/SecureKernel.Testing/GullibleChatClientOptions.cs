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
}
