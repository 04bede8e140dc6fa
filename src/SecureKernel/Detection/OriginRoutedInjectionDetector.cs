namespace SecureKernel;

/// <summary>
/// Scans user input with one detector and everything else (retrieved chunks, tool results, uploads) with another, keeping
/// the order of the requests. The guard builds it when a model is configured for user input only
/// (<see cref="InjectionModelScope.UserInput"/>): a user's message is one short text per turn, so a slower, more accurate
/// ensemble can read it, while the many chunks of a retrieval go through the fast one.
/// </summary>
/// <remarks>
/// Requests whose <see cref="ScanRequest.Origin"/> is <see cref="ContentOrigin.User"/> or <see cref="ContentOrigin.System"/>
/// go to <see cref="UserInput"/>, all others to <see cref="Other"/>; a batch holding both kinds makes one call to each.
/// The detectors are not disposed by this one. Thread-safe when both detectors are.
/// </remarks>
public sealed class OriginRoutedInjectionDetector : IInjectionDetector
{
    /// <summary>Creates the detector.</summary>
    /// <param name="userInput">Scans user (and system) text.</param>
    /// <param name="other">Scans every other origin: retrieved and tool content.</param>
    /// <exception cref="ArgumentNullException">A detector is null.</exception>
    public OriginRoutedInjectionDetector(IInjectionDetector userInput, IInjectionDetector other)
    {
        ArgumentNullException.ThrowIfNull(userInput);
        ArgumentNullException.ThrowIfNull(other);
        UserInput = userInput;
        Other = other;
    }

    /// <summary>The detector for user and system text.</summary>
    public IInjectionDetector UserInput { get; }

    /// <summary>The detector for everything else.</summary>
    public IInjectionDetector Other { get; }

    /// <inheritdoc/>
    /// <remarks>The other detector's name, which is the one retrieved content is scanned with; user input's findings carry
    /// the names of the detectors that made them.</remarks>
    public string Name => Other.Name;

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<InjectionScanResult>> ScanAsync(IReadOnlyList<ScanRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        cancellationToken.ThrowIfCancellationRequested();
        int users = 0;
        foreach (ScanRequest r in requests)
        {
            if (IsUser(r)) users++;
        }

        if (users == 0) return await Other.ScanAsync(requests, cancellationToken).ConfigureAwait(false);
        if (users == requests.Count) return await UserInput.ScanAsync(requests, cancellationToken).ConfigureAwait(false);

        var userRequests = new List<ScanRequest>(users);
        var otherRequests = new List<ScanRequest>(requests.Count - users);
        foreach (ScanRequest r in requests) (IsUser(r) ? userRequests : otherRequests).Add(r);
        IReadOnlyList<InjectionScanResult> userResults = await UserInput.ScanAsync(userRequests, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<InjectionScanResult> otherResults = await Other.ScanAsync(otherRequests, cancellationToken).ConfigureAwait(false);
        if (userResults.Count != userRequests.Count || otherResults.Count != otherRequests.Count)
            throw new InvalidOperationException("A detector returned a different number of results than requests.");

        var results = new InjectionScanResult[requests.Count];
        int u = 0, o = 0;
        for (int i = 0; i < requests.Count; i++) results[i] = IsUser(requests[i]) ? userResults[u++] : otherResults[o++];
        return results;
    }

    private static bool IsUser(ScanRequest r) => r.Origin is ContentOrigin.User or ContentOrigin.System;
}
