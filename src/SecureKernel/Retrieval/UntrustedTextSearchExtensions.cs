using System.Diagnostics.CodeAnalysis;
using SecureKernel;

namespace Microsoft.SemanticKernel.Data;

/// <summary>Marks a text search as an untrusted source.</summary>
public static class UntrustedTextSearchExtensions
{
    /// <summary>Wraps and scans every result of <paramref name="search"/> (see <see cref="UntrustedTextSearch"/>).</summary>
    public static ITextSearch AsUntrusted(this ITextSearch search, SecureKernelGuard guard, string sourceName = "search") =>
        search as UntrustedTextSearch ?? new UntrustedTextSearch(search, guard, sourceName);

    /// <summary>Wraps and scans every result of <paramref name="search"/> with a guard built from default options.</summary>
    public static ITextSearch AsUntrusted(this ITextSearch search, string sourceName = "search", Action<SecureKernelOptions>? configure = null)
    {
        var options = new SecureKernelOptions();
        configure?.Invoke(options);
        return search.AsUntrusted(new SecureKernelGuard(options), sourceName);
    }

    /// <summary>Wraps and scans every result of a generic search.</summary>
    [Experimental("SECK0001")]
    public static ITextSearch<TRecord> AsUntrusted<TRecord>(this ITextSearch<TRecord> search, SecureKernelGuard guard, string sourceName = "search") =>
        search as UntrustedTextSearch<TRecord> ?? new UntrustedTextSearch<TRecord>(search, guard, sourceName);
}
