using SecureKernel.Cli;

namespace SecureKernel.Tests.Cli;

/// <summary>Runs the CLI in-process with the given stdin text; the one harness every CLI test uses.</summary>
internal static class CliRunner
{
    public static async Task<(int Code, string Out, string Err)> RunAsync(string input, string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = await CliApp.RunAsync(args, new StringReader(input), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static async Task<(int Code, string[] Lines, string Err)> RunLinesAsync(string input, string[] args)
    {
        var (code, output, err) = await RunAsync(input, args);
        return (code, output.Split('\n', StringSplitOptions.RemoveEmptyEntries), err);
    }
}
