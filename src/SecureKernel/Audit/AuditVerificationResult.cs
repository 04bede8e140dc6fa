namespace SecureKernel;

/// <summary>The outcome of <see cref="AuditVerifier.Verify(string)"/>.</summary>
/// <param name="Intact">True when every record's hash matches and each links to the one before it.</param>
/// <param name="Records">Records checked (up to, not including, the first broken line).</param>
/// <param name="BrokenLine">The 1-based number of the first broken line, or null when intact.</param>
/// <param name="Error">What is wrong with that line (never quotes its content), or null when intact.</param>
/// <param name="LastHash">The hash of the last intact record (64 zeros for an empty file); anchor it elsewhere to detect truncation.</param>
public sealed record AuditVerificationResult(bool Intact, long Records, long? BrokenLine, string? Error, string LastHash);
