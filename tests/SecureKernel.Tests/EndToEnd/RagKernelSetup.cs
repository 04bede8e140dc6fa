using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Data;

namespace SecureKernel.Tests.EndToEnd;

/// <summary>
/// How a test RAG kernel is assembled. Every hook defaults to "no security", so a protected variant only
/// sets the hooks (kernel filters, outer/inner chat-client middleware, a search decorator).
/// </summary>
internal sealed record RagKernelSetup
{
    /// <summary>The unprotected control: no filters, no middleware, raw search.</summary>
    public static RagKernelSetup Unprotected { get; } = new() { Name = "filters off" };

    public string Name { get; init; } = "custom";

    /// <summary>Decorates the raw search before the docs plugin uses it.</summary>
    public Func<ITextSearch, ITextSearch> WrapSearch { get; init; } = static s => s;

    /// <summary>Adds middleware outside <c>UseKernelFunctionInvocation()</c> (sees the user input and the final answer).</summary>
    public Action<ChatClientBuilder> OuterChatMiddleware { get; init; } = static _ => { };

    /// <summary>Adds middleware inside <c>UseKernelFunctionInvocation()</c> (sees every tool result before each round trip).</summary>
    public Action<ChatClientBuilder> InnerChatMiddleware { get; init; } = static _ => { };

    /// <summary>Configures the kernel builder after the chat client and plugins are registered (filters, DI).</summary>
    public Action<IKernelBuilder> ConfigureKernel { get; init; } = static _ => { };
}
