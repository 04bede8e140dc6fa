using Microsoft.Extensions.Options;

namespace SecureKernel.Internal;

/// <summary>Runs <see cref="SecureKernelOptions.Validate"/> for the options system.</summary>
internal sealed class SecureKernelOptionsValidator : IValidateOptions<SecureKernelOptions>
{
    /// <summary>
    /// Validates the options. When they are valid and name an injection model, the model folder's manifest and every file's
    /// SHA-256 are checked too, so with <c>ValidateOnStart</c> a corrupt model stops the app at start-up
    /// (<see cref="OnnxModelIntegrityException"/>) instead of at the first request that builds a kernel.
    /// </summary>
    public ValidateOptionsResult Validate(string? name, SecureKernelOptions options)
    {
        var errors = options.Validate();
        if (errors.Count > 0) return ValidateOptionsResult.Fail(errors);
        if (options.Detector is null && options.Retrieval.Model.IsConfigured)
        {
            _ = OnnxModelManifest.Load(options.Retrieval.Model.GetFullDirectory());
            foreach (var extra in options.Retrieval.AdditionalModels) _ = OnnxModelManifest.Load(extra.GetFullDirectory());
        }
        return ValidateOptionsResult.Success;
    }

    public static void ThrowIfInvalid(SecureKernelOptions options)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
            throw new OptionsValidationException(Options.DefaultName, typeof(SecureKernelOptions), errors);
    }
}
