namespace SecureKernel.Testing;

/// <summary>Which slice of the shared prompt-injection datasets a row belongs to.</summary>
public enum DatasetSplit
{
    /// <summary>May be used to build or tune rules and models.</summary>
    Train,

    /// <summary>Evaluation only: never train or tune on it.</summary>
    HeldOut,
}
