using Microsoft.Extensions.AI;

namespace SecureKernel.Examples.WebChat;

/// <summary>The model the app talks to, and how to describe it.</summary>
/// <param name="Description">Shown in the page header.</param>
/// <param name="Client">The raw model client (SecureKernel's stages are added around it).</param>
public sealed record ModelClient(string Description, IChatClient Client);
