using SecureKernel.Cli;

namespace SecureKernel.Tests.Cli;

/// <summary>Runs the CLI in-process with the given stdin text; the one harness every CLI test uses.</summary>
internal static class CliRunner
{
    public static Task<(int Code, string Out, string Err)> RunAsync(string input, string[] args) =>
        RunAsync(new StringReader(input), args, TimeProvider.System);

    /// <summary>Runs with <paramref name="time"/> pacing the progress lines (a fake clock makes them deterministic).</summary>
    public static async Task<(int Code, string Out, string Err)> RunAsync(TextReader stdin, string[] args, TimeProvider time)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = await CliApp.RunAsync(args, stdin, stdout, stderr, time);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static async Task<(int Code, string[] Lines, string Err)> RunLinesAsync(string input, string[] args)
    {
        var (code, output, err) = await RunAsync(input, args);
        return (code, output.Split('\n', StringSplitOptions.RemoveEmptyEntries), err);
    }
}
