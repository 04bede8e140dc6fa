namespace SecureKernel.Examples.WebChat;

/// <summary>The body of <c>POST /api/chat</c>.</summary>
/// <param name="Question">The user's question.</param>
public sealed record ChatRequest(string? Question);
