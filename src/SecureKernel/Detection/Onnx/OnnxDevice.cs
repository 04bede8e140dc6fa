namespace SecureKernel;

/// <summary>Where an ONNX model runs.</summary>
public enum OnnxDevice
{
    /// <summary>The CUDA execution provider when it is available, else the CPU (the reason is logged once).</summary>
    Auto,

    /// <summary>The CPU execution provider.</summary>
    Cpu,

    /// <summary>The CUDA execution provider; loading fails with a clear error when it is not available.</summary>
    Cuda,
}
