using System.Text.Json.Serialization;

namespace SecureKernel;

/// <summary>Production monitoring: the model-extraction signal and rolling per-endpoint baselines.</summary>
public sealed class MonitoringOptions
{
    /// <summary>The model-extraction (near-duplicate sweep) detector. Off by default.</summary>
    public ExtractionDetectionOptions Extraction { get; set; } = new();

    /// <summary>Rolling per-endpoint baselines of flag rate, block rate and output length. On by default.</summary>
    public EndpointBaselineOptions Baseline { get; set; } = new();

    /// <summary>Called for every monitoring event (after it was audited, logged and counted). Must not throw; exceptions are logged and ignored.</summary>
    [JsonIgnore]
    public Action<MonitoringEvent>? OnEvent { get; set; }
}
