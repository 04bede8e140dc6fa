namespace SecureKernel.Cli;

/// <summary>Parses <c>--name value</c> / <c>--name=value</c> options against a list of known names.</summary>
internal static class CommandArguments
{
    /// <summary>Returns the options, or an error message. <c>-h</c>/<c>--help</c> yields the name "help".</summary>
    public static (CliOptions? Options, string? Error) Parse(IReadOnlyList<string> args, params string[] known) =>
        Parse(args, [], known);

    /// <summary>
    /// Like <see cref="Parse(IReadOnlyList{string}, string[])"/>; the names in <paramref name="flags"/> take no value
    /// (<c>--stream</c> yields "true"; <c>--stream=true</c> / <c>--stream=false</c> are also accepted, any other value is an error).
    /// </summary>
    public static (CliOptions? Options, string? Error) Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> flags, params string[] known) =>
        Parse(args, flags, known, scope: null);

    /// <summary>
    /// The parser of every command and verb. <paramref name="scope"/>, when given, names the verb in the unknown-option error
    /// ("unknown option '--x' for 'scan'.").
    /// </summary>
    public static (CliOptions? Options, string? Error) Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> flags, IReadOnlyCollection<string> known, string? scope)
    {
        var options = new CliOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg is "-h" or "--help")
            {
                options.Add("help", "true");
                continue;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2) return (null, $"unexpected argument '{arg}'.");
            string name = arg[2..];
            string? value = null;
            int eq = name.IndexOf('=');
            if (eq >= 0)
            {
                value = name[(eq + 1)..];
                name = name[..eq];
            }

            bool isFlag = flags.Contains(name, StringComparer.Ordinal);
            if (!isFlag && !known.Contains(name, StringComparer.Ordinal))
                return (null, $"unknown option '--{name}'{(scope is null ? "" : $" for '{scope}'")}.");
            if (isFlag)
            {
                if (value is not (null or "true" or "false")) return (null, $"--{name} is a flag: give no value (or =true / =false).");
                value ??= "true";
            }

            if (value is null)
            {
                if (i + 1 >= args.Count) return (null, $"option '--{name}' needs a value.");
                value = args[++i];
            }

            options.Add(name, value);
        }

        return (options, null);
    }

    /// <summary>
    /// Parses a command's arguments as <see cref="Parse(IReadOnlyList{string}, IReadOnlyCollection{string}, string[])"/> does.
    /// On a bad argument it writes the error and <paramref name="usage"/> to <paramref name="stderr"/> and returns exit code 2;
    /// on <c>--help</c> it writes <paramref name="usage"/> and returns 0; in both cases Options is null.
    /// </summary>
    public static async Task<(CliOptions? Options, int ExitCode)> ParseOrReportAsync(
        IReadOnlyList<string> args, string usage, TextWriter stderr, IReadOnlyCollection<string> flags, params string[] known)
    {
        var (options, error) = Parse(args, flags, known);
        if (error is not null)
        {
            return (null, await FailAsync(stderr, error, usage));
        }

        if (options!.Get("help") is not null)
        {
            await stderr.WriteLineAsync(usage);
            return (null, CliExitCodes.Success);
        }

        return (options, CliExitCodes.Success);
    }

    /// <summary>Writes <c>securekernel: message</c> and the usage to <paramref name="stderr"/>; returns exit code 2 (bad arguments).</summary>
    public static async Task<int> FailAsync(TextWriter stderr, string message, string usage)
    {
        await stderr.WriteLineAsync("securekernel: " + message);
        await stderr.WriteLineAsync(usage);
        return CliExitCodes.BadArguments;
    }
}
