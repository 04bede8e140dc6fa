using System.ComponentModel.DataAnnotations;

namespace SecureKernel;

/// <summary>How retrieved content is wrapped and scanned.</summary>
public sealed class RetrievalGuardOptions
{
    /// <summary>The spotlighting mode.</summary>
    /// <value>The default is <see cref="SpotlightingMode.Delimit"/>.</value>
    public SpotlightingMode Spotlighting { get; set; } = SpotlightingMode.Delimit;

    /// <summary>What to do with a flagged chunk.</summary>
    /// <value>The default is <see cref="ChunkAction.Tag"/>.</value>
    public ChunkAction FlaggedChunkAction { get; set; } = ChunkAction.Tag;

    /// <summary>Score at or above which a chunk is flagged when the detector does not decide itself.</summary>
    /// <value>The default is 0.5.</value>
    [Range(0.0, 1.0)]
    public double Threshold { get; set; } = 0.5;

    /// <summary>Plugin names whose functions are retrieval functions (their results are always wrapped and scanned).</summary>
    public IList<string> RetrievalPlugins { get; set; } = [];

    /// <summary>
    /// Chunk sources scanned by the rule detector alone, never by <see cref="Model"/>, <see cref="AdditionalModels"/> or a
    /// custom <see cref="SecureKernelOptions.Detector"/>: for retrieved text the classifier is known to over-flag, such as chat
    /// transcripts, wiki pages or support tickets (README, "What it does not catch"). A name matches the source a chunk is
    /// wrapped with (<c>source="..."</c>: the name given to <c>AsUntrusted</c>, a search result's name, or the retrieval
    /// function's: <c>Plugin.function</c> from the kernel filter, the tool name <c>Plugin_function</c> from
    /// <see cref="ToolResultGuardChatClient"/> on plain Microsoft.Extensions.AI function invocation; either form listed matches
    /// both), ignoring case. Such chunks are still wrapped, spotlighted, scanned by the rules and taint the turn;
    /// only the learned detectors are skipped, so an injection the rules do not know passes unflagged.
    /// </summary>
    /// <value>The default is empty: every chunk is scanned by the configured detector.</value>
    public IList<string> RulesOnlySources { get; set; } = [];

    /// <summary>Time allowed for one detector call before the failure mode applies.</summary>
    /// <value>The default is 10 seconds.</value>
    public TimeSpan DetectorTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The ONNX injection classifier combined with the rule detector (configuration <c>Retrieval:Model:Directory</c> and
    /// <c>Device</c>; in code <see cref="SecureKernelOptions.UseInjectionModel"/>). It scans retrieved content and user input.
    /// </summary>
    /// <value>The default configures no model: the detector is the rule detector alone.</value>
    public InjectionModelOptions Model { get; set; } = new();

    /// <summary>
    /// More ONNX injection classifiers in the same ensemble as <see cref="Model"/>: the rule detector, <see cref="Model"/> and
    /// each of these (<see cref="EnsembleInjectionDetector.WithRules"/>: each model's own threshold maps to 0.5, the models'
    /// mapped scores are averaged, <see cref="EnsemblePolicy.CalibratedMean"/>, and the higher of that and the rules' decides,
    /// <see cref="EnsemblePolicy.Calibrated"/>). Configuration <c>Retrieval:AdditionalModels:0:Directory</c>; in code
    /// <see cref="SecureKernelOptions.UseInjectionModels"/>. Requires <see cref="Model"/>; no folder may be named twice. Each model is loaded (every file's
    /// SHA-256 checked) and shared like <see cref="Model"/>; every scan runs all of them, so the slowest sets the latency.
    /// </summary>
    /// <value>The default is empty.</value>
    /// <example>
    /// The fast default plus the contextual model (README, "Contextual classifier"): <c>Model</c> =
    /// <c>models/injection-cnn</c>, <c>AdditionalModels</c> = [<c>models/injection-minilm</c>].
    /// </example>
    public IList<InjectionModelOptions> AdditionalModels { get; set; } = [];
}
