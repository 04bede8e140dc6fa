namespace SecureKernel;

/// <summary>The kind of a <see cref="MonitoringEvent"/>.</summary>
public enum MonitoringEventKind
{
    /// <summary>A user's inputs look like a model-extraction sweep (<see cref="FindingKind.ModelExtraction"/>).</summary>
    ModelExtraction,

    /// <summary>An endpoint's current window deviates from its rolling baseline (<see cref="FindingKind.BaselineDeviation"/>).</summary>
    BaselineDeviation,
}
