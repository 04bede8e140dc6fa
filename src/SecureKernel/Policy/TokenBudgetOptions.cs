using System.ComponentModel.DataAnnotations;

namespace SecureKernel;

/// <summary>
/// A per-user budget of model tokens (and optionally cost units) per window. Usage is read from the model's response
/// (<c>ChatResponse.Usage</c>, streamed <c>UsageContent</c>, or <c>ChatMessageContent.Metadata["Usage"]</c>) and counted
/// after each turn; once the budget is used up, the user's next turn is blocked before the model is called.
/// </summary>
public sealed class TokenBudgetOptions
{
    /// <summary>Tokens (input plus output, or the reported total when larger) a user may use per window; 0 means no token limit.</summary>
    [Range(0, long.MaxValue)]
    public long MaxTokens { get; set; }

    /// <summary>Cost units a user may use per window; 0 means no cost limit.</summary>
    [Range(typeof(decimal), "0", "79228162514264337593543950335")]
    public decimal MaxCost { get; set; }

    /// <summary>Cost units per one million input tokens.</summary>
    [Range(typeof(decimal), "0", "79228162514264337593543950335")]
    public decimal InputCostPerMillionTokens { get; set; }

    /// <summary>Cost units per one million output tokens.</summary>
    [Range(typeof(decimal), "0", "79228162514264337593543950335")]
    public decimal OutputCostPerMillionTokens { get; set; }

    /// <summary>The budget window; a user's usage resets when it ends.</summary>
    /// <value>The default is one day.</value>
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Whether a limit is set.</summary>
    public bool Enabled => MaxTokens > 0 || MaxCost > 0;

    /// <summary>The cost of a usage at the configured prices.</summary>
    public decimal CostOf(long inputTokens, long outputTokens) =>
        (inputTokens * InputCostPerMillionTokens + outputTokens * OutputCostPerMillionTokens) / 1_000_000m;
}
