namespace SecureKernel.Cli;

/// <summary>
/// A verb that is not JSON-Lines-per-text (<c>audit verify</c>, <c>posture</c>): it parses its own arguments and writes
/// its own output. <see cref="CliApp"/> dispatches to it before the JSON Lines machinery.
/// </summary>
internal interface ICliCommand
{
    /// <summary>The verb as typed on the command line.</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Summary { get; }

    /// <summary>The usage text of the command.</summary>
    string Usage { get; }

    /// <summary>Runs the command with the arguments after the verb; returns the exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken);
}
