namespace SecureKernel.Cli;

/// <summary>The exit codes of the <c>securekernel</c> tool (see docs/cli-contract.md).</summary>
public static class CliExitCodes
{
    /// <summary>Every line was processed.</summary>
    public const int Success = 0;

    /// <summary><c>redteam</c>: at least one attack reached its goal with SecureKernel on (the report is still written).</summary>
    public const int AttacksSucceeded = 1;

    /// <summary>Bad arguments, unreadable files, or a model that fails its integrity check.</summary>
    public const int BadArguments = 2;

    /// <summary>At least one input line was malformed (its output line carries the error).</summary>
    public const int MalformedInput = 3;

    /// <summary><c>audit verify</c>: the audit chain is broken (the first broken line is reported on stdout).</summary>
    public const int IntegrityFailure = 3;
}
