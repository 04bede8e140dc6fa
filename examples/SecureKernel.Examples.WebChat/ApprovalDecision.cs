namespace SecureKernel.Examples.WebChat;

/// <summary>The body of <c>POST /api/approvals/{id}</c>.</summary>
/// <param name="Approve">True to approve, false to deny.</param>
public sealed record ApprovalDecision(bool Approve);
