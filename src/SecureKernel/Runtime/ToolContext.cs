namespace SecureKernel.Runtime;

/// <summary>What the tool gate knows about the turn: caller, taint sources, unverified content.</summary>
internal sealed record ToolContext(SecurityPrincipal Principal, IReadOnlyList<string> TaintSources, bool Unverified);
