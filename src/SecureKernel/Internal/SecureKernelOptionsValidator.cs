using Microsoft.Extensions.Options;

namespace SecureKernel.Internal;

/// <summary>Runs <see cref="SecureKernelOptions.Validate"/> for the options system.</summary>
internal sealed class SecureKernelOptionsValidator : IValidateOptions<SecureKernelOptions>
{
    public ValidateOptionsResult Validate(string? name, SecureKernelOptions options)
    {
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public static void ThrowIfInvalid(SecureKernelOptions options)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
            throw new OptionsValidationException(Options.DefaultName, typeof(SecureKernelOptions), errors);
    }
}
