namespace SecureKernel.Runtime;

/// <summary>A tool call about to run.</summary>
internal sealed record ToolCall(string? PluginName, string FunctionName, IReadOnlyList<KeyValuePair<string, object?>> Arguments, string? ToolCallId)
{
    public string DisplayName => PluginName is null ? FunctionName : PluginName + "." + FunctionName;

    public string? PolicyKey => DisplayName;
}
