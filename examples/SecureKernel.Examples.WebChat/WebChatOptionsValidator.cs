using Microsoft.Extensions.Options;

namespace SecureKernel.Examples.WebChat;

/// <summary>
/// Adds the app's own setting errors to SecureKernel's validation, so a start-up failure lists every configuration
/// error of the file at once.
/// </summary>
internal sealed class WebChatOptionsValidator(WebChatOptions web) : IValidateOptions<SecureKernelOptions>
{
    public ValidateOptionsResult Validate(string? name, SecureKernelOptions options)
    {
        var errors = web.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
