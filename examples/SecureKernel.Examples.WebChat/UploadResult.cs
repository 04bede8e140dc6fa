namespace SecureKernel.Examples.WebChat;

/// <summary>The outcome of an upload. Carries the reason and finding kinds, never the document text.</summary>
/// <param name="Accepted">Whether it was indexed.</param>
/// <param name="Id">The document id when indexed.</param>
/// <param name="Source">The document name.</param>
/// <param name="Flagged">Whether the scan flagged it.</param>
/// <param name="Reason">Why it was refused or tagged.</param>
/// <param name="Findings">The finding kinds.</param>
public sealed record UploadResult(bool Accepted, string? Id, string Source, bool Flagged, string? Reason, IReadOnlyList<string> Findings)
{
    /// <summary>A refused upload.</summary>
    public static UploadResult Refused(string source, string reason, IReadOnlyList<string> findings) => new(false, null, source, findings.Count > 0, reason, findings);
}
