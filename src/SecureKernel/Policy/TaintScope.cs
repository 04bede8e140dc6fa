namespace SecureKernel;

/// <summary>How far back untrusted content taints tool calls.</summary>
public enum TaintScope
{
    /// <summary>Untrusted content anywhere in the conversation sent to the model taints (it is still in the model's context).</summary>
    Conversation,

    /// <summary>Only untrusted content since the last user message taints.</summary>
    Turn,
}
