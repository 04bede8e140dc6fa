using System.Text;

namespace SecureKernel.Cli;

/// <summary>Writes a command's whole report to <c>--output FILE</c> or to stdout (<c>-</c> or no option).</summary>
internal static class CommandOutput
{
    /// <summary>Writes <paramref name="text"/>; returns false (after a message on stderr) when the file cannot be written.</summary>
    public static async Task<bool> WriteAsync(string? output, string text, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (output is null or "-")
        {
            await stdout.WriteLineAsync(text);
            await stdout.FlushAsync(cancellationToken);
            return true;
        }

        try
        {
            await File.WriteAllTextAsync(output, text + "\n", new UTF8Encoding(false), cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await stderr.WriteLineAsync($"securekernel: cannot write output file '{output}': {ex.GetType().Name}.");
            return false;
        }
    }
}
