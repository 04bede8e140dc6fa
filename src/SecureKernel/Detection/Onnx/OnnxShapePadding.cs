namespace SecureKernel;

/// <summary>How <see cref="OnnxInjectionDetector"/> shapes the batches it runs.</summary>
public enum OnnxShapePadding
{
    /// <summary><see cref="Fixed"/> when the session runs on CUDA, <see cref="None"/> on the CPU.</summary>
    Auto,

    /// <summary>Each batch is as long as its longest window and has as many rows as windows: least work, a new shape per batch.</summary>
    None,

    /// <summary>
    /// Each batch is padded to the model's full window length and its rows to the next power of two (at most the batch size),
    /// so the session sees a handful of shapes. The extra rows repeat a window of the batch and their scores are discarded.
    /// Does not apply to sparse-input models.
    /// </summary>
    Fixed,
}
