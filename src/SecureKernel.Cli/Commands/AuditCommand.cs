using System.Text.Encodings.Web;
using System.Text.Json;

namespace SecureKernel.Cli;

/// <summary>
/// <c>securekernel audit verify --input FILE</c>: checks a hash-chained audit file. Writes one JSON object to stdout:
/// <c>{"intact": true, "records": N, "last_hash": "…"}</c>, or <c>{"intact": false, "records": N, "line": L, "error": "…",
/// "last_hash": "…"}</c> naming the first broken line. Exit 0 intact, 3 broken, 2 bad arguments or unreadable file.
/// </summary>
internal sealed class AuditCommand : ICliCommand
{
    public string Name => "audit";

    public string Summary => "audit verify --input FILE: check a hash-chained audit file (exit 0 intact, 3 broken)";

    public string Usage => """
        usage: securekernel audit verify --input FILE
        Checks a hash-chained JSON Lines audit file (JsonLinesAuditSink). Prints one JSON object on stdout:
          {"intact": true, "records": N, "last_hash": "..."}
          {"intact": false, "records": N, "line": L, "error": "...", "last_hash": "..."}  (L = first broken line)
        Records removed from the end leave a valid shorter chain: compare last_hash with a value anchored elsewhere.
        exit codes: 0 intact, 3 broken, 2 bad arguments or unreadable file
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args.Count > 0 && args[0] is "-h" or "--help")
        {
            await stderr.WriteLineAsync(Usage);
            return CliExitCodes.Success;
        }

        if (args.Count == 0 || args[0] != "verify")
            return await Fail(stderr, args.Count == 0 ? "'audit' needs a sub-command: verify." : $"unknown audit sub-command '{args[0]}'.");

        var (options, exit) = await CommandArguments.ParseOrReportAsync(args.Skip(1).ToArray(), Usage, stderr, [], "input");
        if (options is null) return exit;

        string? input = options.Get("input");
        if (string.IsNullOrWhiteSpace(input) || input == "-") return await Fail(stderr, "'audit verify' needs --input FILE.");

        AuditVerificationResult result;
        try
        {
            result = await Task.Run(() => AuditVerifier.Verify(input), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await stderr.WriteLineAsync($"securekernel: cannot read audit file '{input}': {ex.GetType().Name}.");
            return CliExitCodes.BadArguments;
        }

        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteBoolean("intact", result.Intact);
            w.WriteNumber("records", result.Records);
            if (result.BrokenLine is { } line) w.WriteNumber("line", line);
            if (result.Error is { } e) w.WriteString("error", e);
            w.WriteString("last_hash", result.LastHash);
            w.WriteEndObject();
        }

        await stdout.WriteLineAsync(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        await stdout.FlushAsync(cancellationToken);
        if (!result.Intact) await stderr.WriteLineAsync($"securekernel: the audit chain is broken at line {result.BrokenLine}: {result.Error}.");
        return result.Intact ? CliExitCodes.Success : CliExitCodes.IntegrityFailure;
    }

    private Task<int> Fail(TextWriter stderr, string message) => CommandArguments.FailAsync(stderr, message, Usage);
}
