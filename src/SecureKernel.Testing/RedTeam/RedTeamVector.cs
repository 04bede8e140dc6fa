namespace SecureKernel.Testing;

/// <summary>Where a red-team case's text enters the conversation.</summary>
public enum RedTeamVector
{
    /// <summary>As a retrieved document next to the benign companion documents; the user asks the case's benign question. JSON <c>document</c>.</summary>
    Document,

    /// <summary>As the user message (followed by the benign question when the case has one). JSON <c>user</c>.</summary>
    User,
}
