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
            if (MatcherAndBuilder(regex) is not (_, { } builder)) return false;
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

    // The builder's memo tables of derivative computations: pure caches (a miss recomputes the same node, which the builder's
    // node table, left alone, keeps canonical). Matching reads them only while creating a new DFA or NFA transition, and the
    // runtime creates transitions only under a lock on the matcher (TryCreateNewTransition, CreateNewNfaTransition,
    // CreateNewCapturingTransition, ForEachNfaState in 10.0), which a trim also takes.
    private static readonly string[] s_matchingCaches = ["_derivativeCache", "_subsumptionCache", "_pruneLowerPriorityThanNullabilityCache"];

    /// <summary>
    /// True when the running runtime's matcher creates its transitions under a lock on itself (checked once in the IL of
    /// the methods that do so), so a trim that takes the same lock cannot race a derivative computation.
    /// </summary>
    public static bool CanTrimMatchingCaches { get; } = IsSupported && TransitionsAreCreatedUnderLock();

    /// <summary>
    /// Empties the memo tables of derivatives that <paramref name="regex"/>'s matcher has filled while it built DFA states
    /// (they grow with the variety of text scanned, to several MB for a rule with long alternations, and are not needed for
    /// the states already built), under the matcher's own lock. A later new state recomputes what it needs.
    /// </summary>
    /// <returns>The number of cached entries dropped; 0 when there were none or the layout differs (nothing is changed).</returns>
    public static int TryTrimMatchingCaches(Regex regex)
    {
        ArgumentNullException.ThrowIfNull(regex);
        if (!CanTrimMatchingCaches || (regex.Options & RegexOptions.NonBacktracking) == 0) return 0;
        try
        {
            if (MatcherAndBuilder(regex) is not ({ } matcher, { } builder)) return 0;
            int dropped = 0;
            lock (matcher)
            {
                foreach (string name in s_matchingCaches)
                {
                    FieldInfo? field = FindField(builder.GetType(), name);
                    if (field is null || !field.FieldType.Name.StartsWith("Dictionary`2", StringComparison.Ordinal)) continue;
                    if (field.GetValue(builder) is not System.Collections.IDictionary { Count: > 0 } cache) continue;
                    dropped += cache.Count;
                    cache.Clear();
                    // Clear keeps the table's capacity; TrimExcess gives the arrays back
                    cache.GetType().GetMethod("TrimExcess", Type.EmptyTypes)?.Invoke(cache, null);
                }
            }
            return dropped;
        }
        catch (Exception e) when (e is FieldAccessException or MemberAccessException or ArgumentException or TargetException or TargetInvocationException
            or InvalidOperationException or NotSupportedException)
        {
            return 0;
        }
    }

    private static (object Matcher, object Builder)? MatcherAndBuilder(Regex regex)
    {
        object? factory = s_factory!.GetValue(regex);
        if (factory is null || factory.GetType().Name != "SymbolicRegexRunnerFactory") return null;
        object? matcher = factory.GetType().GetField("_matcher", Instance)?.GetValue(factory);
        if (matcher is null || !matcher.GetType().Name.StartsWith("SymbolicRegexMatcher", StringComparison.Ordinal)) return null;
        object? builder = FindField(matcher.GetType(), "_builder")?.GetValue(matcher);
        if (builder is null || !builder.GetType().Name.StartsWith("SymbolicRegexBuilder", StringComparison.Ordinal)) return null;
        return (matcher, builder);
    }

    private static bool TransitionsAreCreatedUnderLock()
    {
        try
        {
            Type? matcherType = typeof(Regex).Assembly.GetType("System.Text.RegularExpressions.Symbolic.SymbolicRegexMatcher`1");
            if (matcherType is null) return false;
            MethodInfo[] enter = [.. typeof(Monitor).GetMethods().Where(m => m.Name == nameof(Monitor.Enter))];
            foreach (string name in (string[])["TryCreateNewTransition", "CreateNewNfaTransition"])
            {
                MethodInfo? method = matcherType.GetMethod(name, Instance);
                byte[]? il = method?.GetMethodBody()?.GetILAsByteArray();
                if (method is null || il is null || !CallsAny(method, il, enter)) return false;
            }
            return true;
        }
        catch (Exception e) when (e is ArgumentException or BadImageFormatException or InvalidOperationException or MemberAccessException)
        {
            return false;
        }
    }

    // A call instruction (call 0x28, callvirt 0x6F) whose method token resolves to one of targets.
    private static bool CallsAny(MethodInfo method, byte[] il, MethodInfo[] targets)
    {
        for (int i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] is not (0x28 or 0x6F)) continue;
            int token = BitConverter.ToInt32(il, i + 1);
            if ((token >>> 24) is not (0x06 or 0x0A)) continue;
            try
            {
                MethodBase? called = method.Module.ResolveMethod(token, method.DeclaringType?.GetGenericArguments(), null);
                if (called is not null && targets.Contains(called)) return true;
            }
            catch (ArgumentException)
            {
                // not a method token at this offset (an operand byte of another instruction)
            }
        }
        return false;
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
