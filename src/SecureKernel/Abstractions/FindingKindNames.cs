using System.Text;

namespace SecureKernel;

/// <summary>Converts <see cref="FindingKind"/> to and from its stable snake-case name.</summary>
public static class FindingKindNames
{
    private static readonly Dictionary<FindingKind, string> s_names = Enum.GetValues<FindingKind>().ToDictionary(k => k, k => Snake(k.ToString()));

    /// <summary>Gets the stable name, e.g. <c>role_forgery</c>.</summary>
    public static string ToName(FindingKind kind) => s_names.TryGetValue(kind, out var n) ? n : Snake(kind.ToString());

    private static string Snake(string s)
    {
        var sb = new StringBuilder(s.Length + 8);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsUpper(s[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(s[i]));
        }
        return sb.ToString();
    }
}
