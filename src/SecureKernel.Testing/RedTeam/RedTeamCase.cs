namespace SecureKernel.Testing;

/// <summary>One case of the red-team corpus: an attack with its goal, or a benign task.</summary>
/// <param name="Id">Unique id, e.g. <c>ii-email-01</c>.</param>
/// <param name="Kind">The attack kind (for a benign case: the kind of attack it looks like).</param>
/// <param name="Vector">Where the text enters the conversation.</param>
/// <param name="Genre">The kind of text (email, web, code, table, ticket, chat, calendar, pdf), or null.</param>
/// <param name="Text">The document or user text.</param>
/// <param name="Question">The benign question the user asks; null when <see cref="Text"/> is the whole user message.</param>
/// <param name="Expected">Text a correct benign answer contains, or null when any answer counts.</param>
/// <param name="IsBenign">True for a benign task (no goal).</param>
/// <param name="Goal">The success condition of an attack; null for a benign task.</param>
/// <param name="Source">Provenance: <c>handwritten</c>, a dataset row's source, or an external file and id.</param>
/// <param name="License">The licence of the source material.</param>
public sealed record RedTeamCase(
    string Id,
    RedTeamAttackKind Kind,
    RedTeamVector Vector,
    string? Genre,
    string Text,
    string? Question,
    string? Expected,
    bool IsBenign,
    RedTeamGoal? Goal,
    string Source,
    string License)
{
    /// <summary>The user message this case sends.</summary>
    public string UserMessage => Vector == RedTeamVector.User
        ? (Question is null ? Text : Text + "\n\n" + Question)
        : Question ?? string.Empty;
}
