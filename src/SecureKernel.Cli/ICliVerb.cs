using System.Text.Json;

namespace SecureKernel.Cli;

/// <summary>
/// One verb of the tool (<c>scan</c>, later <c>redact</c>, <c>sanitize</c>). <see cref="CliApp"/> handles arguments common to
/// every verb (<c>--input</c>, <c>--output</c>), reading and validating JSON Lines, error lines, ordering and exit codes; a verb
/// declares its options, checks them once, and writes one result object per well-formed input.
/// </summary>
internal interface ICliVerb
{
    /// <summary>The verb as typed on the command line.</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Summary { get; }

    /// <summary>The options it accepts (without the leading dashes), with a short description each.</summary>
    IReadOnlyList<(string Name, string Help)> Options { get; }

    /// <summary>Checks the options and prepares the verb. Returns an error message (exit 2) or null.</summary>
    string? Configure(CliOptions options, TextWriter stderr);

    /// <summary>Checks one well-formed line for verb-specific fields; an error makes it a malformed line (exit 3).</summary>
    string? ValidateInput(CliInput input) => null;

    /// <summary>Processes a batch of well-formed inputs, writing exactly one JSON object per input, in order.</summary>
    ValueTask ProcessAsync(IReadOnlyList<CliInput> batch, Action<CliInput, Action<Utf8JsonWriter>> writeLine, CancellationToken cancellationToken);
}
