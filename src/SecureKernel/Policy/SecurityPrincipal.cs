namespace SecureKernel;

/// <summary>The caller of a turn: who asks, with which roles and scopes.</summary>
/// <param name="UserId">A stable user id (used for rate limits and audit).</param>
/// <param name="Roles">Roles the user holds.</param>
/// <param name="Scopes">Scopes granted to the user or the client.</param>
public sealed record SecurityPrincipal(string UserId, IReadOnlyCollection<string> Roles, IReadOnlyCollection<string> Scopes)
{
    /// <summary>The key under which a <see cref="SecurityPrincipal"/> may be passed in <c>KernelArguments</c>.</summary>
    public const string ArgumentName = "securekernel_principal";

    /// <summary>
    /// The trust profile (endpoint) this caller's requests run under, or null to leave the choice to
    /// <see cref="TrustProfileScope"/>, <c>Kernel.Data</c> or <see cref="SecureKernelOptions.DefaultProfile"/>.
    /// </summary>
    public string? Profile { get; init; }

    /// <summary>An anonymous caller with no roles.</summary>
    public static SecurityPrincipal Anonymous { get; } = new("anonymous", [], []);
}
