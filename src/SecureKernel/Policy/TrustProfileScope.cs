namespace SecureKernel;

/// <summary>
/// Selects the trust profile for the requests that run in the current async flow, e.g. in ASP.NET middleware:
/// <c>using var scope = TrustProfileScope.Begin("public");</c> before the endpoint runs. Scopes nest; disposing one
/// restores the profile that was current before it.
/// </summary>
public sealed class TrustProfileScope : IDisposable
{
    private static readonly AsyncLocal<string?> s_current = new();
    private readonly string? _previous;
    private bool _disposed;

    private TrustProfileScope(string profile)
    {
        _previous = s_current.Value;
        s_current.Value = profile;
        Profile = profile;
    }

    /// <summary>The profile selected by the innermost active scope, or null.</summary>
    public static string? Current => s_current.Value;

    /// <summary>The profile this scope selects.</summary>
    public string Profile { get; }

    /// <summary>Selects <paramref name="profile"/> until the returned scope is disposed.</summary>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is null, empty or white space.</exception>
    public static TrustProfileScope Begin(string profile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(profile);
        return new TrustProfileScope(profile);
    }

    /// <summary>Restores the previous profile.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        s_current.Value = _previous;
    }
}
