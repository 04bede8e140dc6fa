namespace SecureKernel.Examples.WebChat;

/// <summary>Recording of one turn (see <see cref="TurnRecorder.Begin"/>); dispose to stop.</summary>
public readonly struct TurnRecorderScope : IDisposable
{
    private readonly Action _end;

    internal TurnRecorderScope(TurnRecorder recorder, Action end)
    {
        Recorder = recorder;
        _end = end;
    }

    /// <summary>The recorder.</summary>
    public TurnRecorder Recorder { get; }

    /// <inheritdoc/>
    public void Dispose() => _end?.Invoke();
}
