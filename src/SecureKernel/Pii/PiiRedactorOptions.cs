namespace SecureKernel;

/// <summary>Options for <see cref="PiiRedactor"/>.</summary>
public sealed class PiiRedactorOptions
{
    /// <summary>Gets or sets the lowest score an entity needs to be reported. Default 0.5.</summary>
    public double MinScore { get; set; } = 0.5;

    /// <summary>
    /// Gets or sets the entity types this redactor looks for; <see langword="null"/> means every type in
    /// <see cref="PiiEntityTypes.All"/>. Per-call type filters narrow this further.
    /// </summary>
    public IReadOnlyCollection<string>? EntityTypes { get; set; }
}
