using SecureKernel.Testing;

namespace SecureKernel.Examples.WebChat;

/// <summary>
/// Scans an uploaded document with the guard's injection detector before it is indexed. A flagged upload is refused
/// or indexed and tagged (<see cref="UploadOptions.FlaggedAction"/>), with the finding kinds as the reason; a detector
/// failure refuses the upload (fail closed). Too long or empty uploads are refused, never cut.
/// </summary>
public sealed class DocumentUploads(DocumentIndex index, SecureKernelGuard guard, WebChatOptions web)
{
    private int _count;

    /// <summary>Scans and, unless refused, indexes the upload.</summary>
    public async Task<UploadResult> AddAsync(UploadRequest upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        string source = string.IsNullOrWhiteSpace(upload.Source) ? "upload" : upload.Source.Trim();
        if (source.Length > 200) return UploadResult.Refused(source, "the document name is longer than 200 characters", []);
        if (string.IsNullOrWhiteSpace(upload.Text)) return UploadResult.Refused(source, "the document is empty", []);
        if (upload.Text.Length > web.Upload.MaxChars)
            return UploadResult.Refused(source, $"the document has {upload.Text.Length} characters; the limit is {web.Upload.MaxChars}", []);

        InjectionScanResult scan;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(guard.Options.Retrieval.DetectorTimeout);
            var results = await guard.Detector.ScanAsync([new ScanRequest(upload.Text, ContentOrigin.Retrieved, source)], timeout.Token);
            scan = results[0];
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return UploadResult.Refused(source, $"the injection detector failed ({ex.GetType().Name}); uploads fail closed", []);
        }

        string[] kinds = [.. scan.Findings.Select(f => f.KindName).Distinct()];
        bool flagged = scan.Flagged || scan.Score >= guard.Options.Retrieval.Threshold;
        string? reason = flagged ? $"the injection detector {guard.Detector.Name} flagged it (score {scan.Score:0.00}: {string.Join(", ", kinds)})" : null;
        if (flagged && web.Upload.FlaggedAction == FlaggedUploadAction.Refuse) return UploadResult.Refused(source, reason!, kinds);

        string id = $"upload/{Interlocked.Increment(ref _count)}";
        index.Add(new IndexedEntry(new IndexedDocument(id, source, upload.Text), Uploaded: true, reason, kinds));
        return new UploadResult(true, id, source, flagged, reason, kinds);
    }
}
