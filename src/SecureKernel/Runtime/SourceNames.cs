namespace SecureKernel.Runtime;

/// <summary>
/// Matching a configured source name against the source a chunk is wrapped with. A kernel function's result is wrapped
/// with <c>Plugin.function</c> by the kernel filter, but with the tool name the model called, <c>Plugin_function</c>, by
/// <see cref="ToolResultGuardChatClient"/> on plain Microsoft.Extensions.AI function invocation; either form, listed
/// once, matches both. Case is ignored.
/// </summary>
internal static class SourceNames
{
    /// <summary>True when <paramref name="source"/> is one of <paramref name="names"/> (see the type's remarks).</summary>
    public static bool Contains(IList<string> names, string? source)
    {
        if (source is null || names.Count == 0) return false;
        foreach (string name in names)
        {
            if (Matches(name, source)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when the two names are equal ignoring case, or differ only where one has the single '.' of a
    /// <c>Plugin.function</c> name and the other an '_' (SK's AIFunction name for the same function).
    /// </summary>
    public static bool Matches(string name, string source)
    {
        if (string.Equals(name, source, StringComparison.OrdinalIgnoreCase)) return true;
        if (name.Length != source.Length) return false;
        int dot = name.IndexOf('.');
        (string dotted, string other) = dot >= 0 ? (name, source) : (source, name);
        dot = dotted.IndexOf('.');
        if (dot <= 0 || dot == dotted.Length - 1 || dotted.IndexOf('.', dot + 1) >= 0 || other[dot] != '_') return false;
        return dotted.AsSpan(0, dot).Equals(other.AsSpan(0, dot), StringComparison.OrdinalIgnoreCase)
            && dotted.AsSpan(dot + 1).Equals(other.AsSpan(dot + 1), StringComparison.OrdinalIgnoreCase);
    }
}
