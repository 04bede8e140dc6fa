using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace SecureKernel.Testing.MSTest;

/// <summary>
/// Supplies the bundled corpus cases (<see cref="RedTeamCorpus.Bundled"/>) as test data: one test per case, one
/// <see cref="RedTeamCase"/> argument, named by the case id.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RedTeamCasesAttribute : Attribute, ITestDataSource
{
    /// <summary>Selects the cases of <paramref name="kinds"/> (all kinds when none are given).</summary>
    /// <param name="kinds">The kinds.</param>
    public RedTeamCasesAttribute(params RedTeamAttackKind[] kinds)
    {
        Kinds = kinds ?? [];
    }

    /// <summary>The selected kinds (empty = all).</summary>
    public IReadOnlyList<RedTeamAttackKind> Kinds { get; }

    /// <summary>Whether attack cases are included. Default true.</summary>
    public bool Attacks { get; set; } = true;

    /// <summary>Whether benign cases are included. Default true.</summary>
    public bool Benign { get; set; } = true;

    /// <inheritdoc />
    public IEnumerable<object?[]> GetData(MethodInfo methodInfo) =>
        RedTeamCorpus.Bundled.Select(Kinds).Where(c => c.IsBenign ? Benign : Attacks).Select(c => new object?[] { c });

    /// <inheritdoc />
    public string? GetDisplayName(MethodInfo methodInfo, object?[]? data) =>
        data is [RedTeamCase c] ? $"{methodInfo?.Name} ({c.Id})" : null;
}
