using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Data;

namespace SecureKernel.Examples.Rag;

/// <summary>The four places where a security layer plugs into the demo's kernel; all default to "nothing".</summary>
internal sealed record PipelineHooks
{
    public static PipelineHooks None { get; } = new();

    /// <summary>Decorates the document search before the <c>search_docs</c> plugin uses it.</summary>
    public Func<ITextSearch, ITextSearch> WrapSearch { get; init; } = static s => s;

    /// <summary>Chat-client middleware outside <c>UseKernelFunctionInvocation()</c> (user input, final answer).</summary>
    public Action<ChatClientBuilder> OuterChatMiddleware { get; init; } = static _ => { };

    /// <summary>Chat-client middleware inside <c>UseKernelFunctionInvocation()</c> (every tool result before the model sees it).</summary>
    public Action<ChatClientBuilder> InnerChatMiddleware { get; init; } = static _ => { };

    /// <summary>Kernel-level configuration (filters, services) after the chat client and plugins are registered.</summary>
    public Action<IKernelBuilder> ConfigureKernel { get; init; } = static _ => { };
}
