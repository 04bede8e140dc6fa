namespace SecureKernel;

/// <summary>
/// The ONNX injection classifier that joins the rule detector (configuration section <c>Retrieval:Model</c>, or
/// <see cref="SecureKernelOptions.UseInjectionModel"/>). When <see cref="Directory"/> is set, the guard's detector is the
/// rule detector and the model combined with <see cref="EnsemblePolicy.Calibrated"/> (each one's calibrated threshold maps
/// to 0.5); when it is not set, the detector is the rule detector alone.
/// </summary>
/// <remarks>
/// The app must reference an ONNX Runtime native package (<c>Microsoft.ML.OnnxRuntime</c> for the CPU,
/// <c>Microsoft.ML.OnnxRuntime.Gpu</c> for CUDA); the library references only the managed API, so the native runtime
/// stays the app's choice.
/// </remarks>
public sealed class InjectionModelOptions
{
    /// <summary>
    /// The model folder (holding <c>manifest.json</c>), e.g. <c>models/injection-cnn</c>. A relative path resolves against
    /// the app's folder (<see cref="AppContext.BaseDirectory"/>), where a build copies the bundled model, not the current
    /// directory. A folder that does not exist or has no <c>manifest.json</c> is a validation error naming the full path.
    /// </summary>
    /// <value>The default is null: no model, the rule detector alone.</value>
    public string? Directory { get; set; }

    /// <summary>Where the model runs.</summary>
    /// <value>The default is <see cref="OnnxDevice.Auto"/>: CUDA when the app's ONNX Runtime has it, else the CPU (the reason is logged once).</value>
    public OnnxDevice Device { get; set; } = OnnxDevice.Auto;

    /// <summary>
    /// Which content the model scans. Only a model of <see cref="RetrievalGuardOptions.AdditionalModels"/> may be limited to
    /// <see cref="InjectionModelScope.UserInput"/>; <see cref="RetrievalGuardOptions.Model"/> always scans everything.
    /// </summary>
    /// <value>The default is <see cref="InjectionModelScope.All"/>.</value>
    public InjectionModelScope Scope { get; set; } = InjectionModelScope.All;

    /// <summary>Whether a model is configured (<see cref="Directory"/> is not null or empty).</summary>
    public bool IsConfigured => !string.IsNullOrEmpty(Directory);

    /// <summary>The full path of <see cref="Directory"/> (relative paths resolve against <see cref="AppContext.BaseDirectory"/>).</summary>
    /// <exception cref="InvalidOperationException">No model is configured.</exception>
    public string GetFullDirectory() =>
        IsConfigured ? Path.GetFullPath(Directory!, AppContext.BaseDirectory) : throw new InvalidOperationException("No model directory is configured.");

    /// <summary>Adds every problem with these settings to <paramref name="errors"/>, each prefixed with <paramref name="path"/>.</summary>
    internal void Validate(string path, List<string> errors)
    {
        if (!Enum.IsDefined(Device)) errors.Add($"{path}.Device: {(int)Device} is not a valid OnnxDevice (valid: Auto, Cpu, Cuda).");
        if (!Enum.IsDefined(Scope)) errors.Add($"{path}.Scope: {(int)Scope} is not a valid InjectionModelScope (valid: All, UserInput).");
        if (Directory is null || Directory.Length == 0) return;
        if (string.IsNullOrWhiteSpace(Directory))
        {
            errors.Add($"{path}.Directory: must not be blank (leave it out to use the rule detector alone).");
            return;
        }

        string full;
        try
        {
            full = GetFullDirectory();
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            errors.Add($"{path}.Directory: '{Directory}' is not a valid path ({ex.Message}).");
            return;
        }

        if (!System.IO.Directory.Exists(full))
            errors.Add($"{path}.Directory: the model folder '{full}' does not exist (relative paths resolve against the app folder '{AppContext.BaseDirectory}').");
        else if (!File.Exists(Path.Combine(full, OnnxModelManifest.FileName)))
            errors.Add($"{path}.Directory: '{full}' has no {OnnxModelManifest.FileName}, so it is not a model folder.");
    }
}
