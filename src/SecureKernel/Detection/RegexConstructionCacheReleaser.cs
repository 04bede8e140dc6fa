using System.Reflection;
using System.Text.RegularExpressions;

namespace SecureKernel.Detection;

/// <summary>
/// Releases the construction-only character-set solver that a <see cref="RegexOptions.NonBacktracking"/> regex keeps
/// for its whole lifetime.
/// </summary>
/// <remarks>
/// <para>
/// On .NET 10 the NonBacktracking engine converts the pattern with a <c>CharSetSolver</c> whose operation and BDD caches
/// grow roughly with the square of the number of distinct character sets in the pattern (about 1.5 MB for a pattern that
/// uses the 26 letters). Its <c>SymbolicRegexBuilder</c> keeps a reference to that solver, although only construction
/// (<c>RegexNodeConverter</c> and the builder's constructor) reads it; matching uses the compact per-regex solver. For the
/// rule detector's 122 patterns the retained solvers are about 180 of 220 MB.
/// </para>
/// <para>
/// This type drops that one reference by reflection. It acts only on the runtime major version it was checked against
/// (the IL of System.Text.RegularExpressions 10.0 reads the field in those two construction paths only) and only when
/// every member has the expected name and type; otherwise it does nothing and the regex keeps its memory. Matching is
/// unaffected either way: the released object is never read after construction.
/// </para>
/// </remarks>
internal static class RegexConstructionCacheReleaser
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic;

    // The layout this was verified against; a different runtime major version is left alone.
    private const int VerifiedRuntimeMajor = 10;

    private static readonly FieldInfo? s_factory = typeof(Regex).GetField("factory", Instance);

    /// <summary>The <see cref="AppContext"/> switch that turns the release off (e.g. in runtimeconfig.template.json).</summary>
    public const string DisableSwitch = "SecureKernel.Detection.DisableRegexCacheRelease";

    /// <summary>
    /// True when the running runtime is the one whose regex internals were verified and the release is not switched off
    /// with <see cref="DisableSwitch"/>.
    /// </summary>
    public static bool IsSupported { get; } = Environment.Version.Major == VerifiedRuntimeMajor && s_factory is not null
        && !(AppContext.TryGetSwitch(DisableSwitch, out bool disabled) && disabled);

    /// <summary>
    /// Drops <paramref name="regex"/>'s construction-only solver when the runtime layout is the verified one.
    /// </summary>
    /// <returns>True when the solver was released; false when the layout differs (nothing is changed).</returns>
    public static bool TryRelease(Regex regex)
    {
        ArgumentNullException.ThrowIfNull(regex);
        if (!IsSupported || (regex.Options & RegexOptions.NonBacktracking) == 0) return false;
        try
        {
            object? factory = s_factory!.GetValue(regex);
            if (factory is null || factory.GetType().Name != "SymbolicRegexRunnerFactory") return false;
            object? matcher = factory.GetType().GetField("_matcher", Instance)?.GetValue(factory);
            if (matcher is null || !matcher.GetType().Name.StartsWith("SymbolicRegexMatcher", StringComparison.Ordinal)) return false;
            FieldInfo? builderField = FindField(matcher.GetType(), "_builder");
            object? builder = builderField?.GetValue(matcher);
            if (builder is null || !builder.GetType().Name.StartsWith("SymbolicRegexBuilder", StringComparison.Ordinal)) return false;
            FieldInfo? solverField = FindField(builder.GetType(), "_charSetSolver");
            if (solverField is null || solverField.FieldType.Name != "CharSetSolver" || solverField.GetValue(builder) is null) return false;
            solverField.SetValue(builder, null);
            return true;
        }
        catch (Exception e) when (e is FieldAccessException or MemberAccessException or ArgumentException or TargetException or InvalidOperationException)
        {
            return false;
        }
    }

    private static FieldInfo? FindField(Type type, string name)
    {
        for (Type? t = type; t is not null; t = t.BaseType)
        {
            FieldInfo? f = t.GetField(name, Instance | BindingFlags.DeclaredOnly);
            if (f is not null) return f;
        }
        return null;
    }
}
