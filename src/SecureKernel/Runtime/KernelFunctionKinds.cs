using Microsoft.SemanticKernel;

namespace SecureKernel.Runtime;

/// <summary>Tells prompt functions (model calls) from native tools.</summary>
internal static class KernelFunctionKinds
{
    public static bool IsPromptFunction(KernelFunction function)
    {
        for (var t = function.GetType(); t is not null; t = t.BaseType)
        {
            if (t.Name == "KernelFunctionFromPrompt") return true;
        }
        return false;
    }
}
