using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SecureKernel.Cli;

/// <summary>
/// The <c>securekernel</c> tool, runnable in-process: JSON Lines in, JSON Lines out, one output line per input line in
/// order, the input's <c>id</c> echoed unchanged. Contract: docs/cli-contract.md.
/// </summary>
public static class CliApp
{
    private const int BatchSize = 64;

    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        // Output is data for programs, not HTML: keep non-ASCII text readable, still escape control characters.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private static readonly JsonDocumentOptions s_readerOptions = new() { MaxDepth = 64 };

    /// <summary>Runs the tool.</summary>
    /// <param name="args">Command-line arguments: a verb, then options.</param>
    /// <param name="stdin">Standard input (read when <c>--input</c> is <c>-</c> or absent).</param>
    /// <param name="stdout">Standard output (written when <c>--output</c> is <c>-</c> or absent). Receives JSON Lines only.</param>
    /// <param name="stderr">Diagnostics, and progress lines for runs longer than two seconds (unless <c>--quiet</c>).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>0 when every line was processed, 2 for bad arguments or unreadable files, 3 when a line was malformed (for <c>audit verify</c>: when the chain is broken).</returns>
    public static Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        RunAsync(args, stdin, stdout, stderr, CreateVerbs(), TimeProvider.System, cancellationToken);

    /// <summary>Runs the tool with the clock that paces progress lines (tests pass a fake one).</summary>
    internal static Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, TimeProvider time, CancellationToken cancellationToken = default) =>
        RunAsync(args, stdin, stdout, stderr, CreateVerbs(), time, cancellationToken);

    internal static ICliVerb[] CreateVerbs() => [new ScanVerb(), new RedactVerb(), new SanitizeVerb()];

    /// <summary>Verbs that are not JSON-Lines-per-text; dispatched before the JSON Lines machinery.</summary>
    internal static ICliCommand[] CreateCommands() => [new AuditCommand(), new PostureCommand(), new ModelCommand(), new RedTeamCommand()];

    internal static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, ICliVerb[] verbs, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(time);

        if (args.Length == 0)
        {
            await stderr.WriteLineAsync(Usage(verbs, null));
            return CliExitCodes.BadArguments;
        }

        if (args[0] is "-h" or "--help" or "help")
        {
            await stderr.WriteLineAsync(Usage(verbs, null));
            return CliExitCodes.Success;
        }

        ICliCommand? command = CreateCommands().FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.Ordinal));
        if (command is not null)
            return await command.RunAsync(args[1..], stdout, stderr, cancellationToken);

        ICliVerb? verb = verbs.FirstOrDefault(v => string.Equals(v.Name, args[0], StringComparison.Ordinal));
        if (verb is null)
        {
            await stderr.WriteLineAsync($"securekernel: unknown verb '{args[0]}'.");
            await stderr.WriteLineAsync(Usage(verbs, null));
            return CliExitCodes.BadArguments;
        }

        // Arguments: --name value or --name=value; --input, --output and --quiet are common to every verb.
        string[] flags = [.. verb.Options.Where(IsFlag).Select(o => o.Name), "quiet"];
        string[] valued = [.. verb.Options.Where(o => !IsFlag(o)).Select(o => o.Name), "input", "output"];
        var (parsed, parseError) = CommandArguments.Parse(args[1..], flags, valued, verb.Name);
        if (parseError is not null) return await Fail(stderr, parseError, verbs, verb);
        if (parsed!.Get("help") is not null)
        {
            await stderr.WriteLineAsync(Usage(verbs, verb));
            return CliExitCodes.Success;
        }

        string input = parsed.Get("input") ?? "-", output = parsed.Get("output") ?? "-";
        bool quiet = parsed.Get("quiet") == "true";
        var options = parsed.Without("help", "input", "output", "quiet");

        string? error = verb.Configure(options, stderr);
        if (error is not null) return await Fail(stderr, error, verbs, verb);

        TextReader reader;
        if (input == "-")
        {
            reader = stdin;
        }
        else
        {
            try
            {
                reader = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true,
                    new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 64 * 1024, Options = FileOptions.SequentialScan });
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                await stderr.WriteLineAsync($"securekernel: cannot read input file '{input}': {ex.GetType().Name}.");
                return CliExitCodes.BadArguments;
            }
        }

        TextWriter writer;
        if (output == "-")
        {
            writer = stdout;
        }
        else
        {
            try
            {
                writer = new StreamWriter(output, append: false, new UTF8Encoding(false), bufferSize: 64 * 1024);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                if (!ReferenceEquals(reader, stdin)) reader.Dispose();
                await stderr.WriteLineAsync($"securekernel: cannot write output file '{output}': {ex.GetType().Name}.");
                return CliExitCodes.BadArguments;
            }
        }

        try
        {
            var progress = new CliProgress(verb.Name, stderr, time, enabled: !quiet);
            bool malformed = await ProcessAsync(verb, reader, writer, progress, cancellationToken);
            await writer.FlushAsync(cancellationToken);
            progress.Complete();
            return malformed ? CliExitCodes.MalformedInput : CliExitCodes.Success;
        }
        catch (IOException ex)
        {
            await stderr.WriteLineAsync($"securekernel: I/O error: {ex.GetType().Name}.");
            return CliExitCodes.BadArguments;
        }
        finally
        {
            if (!ReferenceEquals(reader, stdin)) reader.Dispose();
            if (!ReferenceEquals(writer, stdout)) await writer.DisposeAsync();
        }
    }

    private static async Task<bool> ProcessAsync(ICliVerb verb, TextReader reader, TextWriter output, CliProgress progress, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var json = new Utf8JsonWriter(buffer, s_writerOptions);
        var batch = new List<CliInput>(BatchSize);
        bool malformed = false;
        long lineNumber = 0;

        void WriteLine(CliInput input, Action<Utf8JsonWriter> writeFields)
        {
            buffer.ResetWrittenCount();
            json.Reset();
            json.WriteStartObject();
            input.WriteId(json);
            writeFields(json);
            json.WriteEndObject();
            json.Flush();
            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            output.Write('\n');
        }

        async Task FlushBatch()
        {
            if (batch.Count == 0) return;
            try
            {
                await verb.ProcessAsync(batch, WriteLine, cancellationToken);
            }
            finally
            {
                foreach (CliInput item in batch) item.Release();
                batch.Clear();
            }
        }

        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            progress.LineRead(line);
            CliInput? parsed = TryParse(line, lineNumber, out string? error, out JsonDocument? errorDoc);
            if (parsed is not null && verb.ValidateInput(parsed) is { } invalid)
            {
                error = invalid;
                errorDoc = parsed.Document;
                parsed = null;
            }

            if (parsed is not null)
            {
                batch.Add(parsed);
                if (batch.Count >= BatchSize) await FlushBatch();
                continue;
            }

            // A malformed line: everything before it goes out first, so output order equals input order.
            await FlushBatch();
            malformed = true;
            progress.Malformed();
            buffer.ResetWrittenCount();
            json.Reset();
            json.WriteStartObject();
            json.WriteNumber("line", lineNumber);
            json.WritePropertyName("id");
            if (errorDoc is not null && errorDoc.RootElement.ValueKind == JsonValueKind.Object && errorDoc.RootElement.TryGetProperty("id", out JsonElement id))
                id.WriteTo(json);
            else
                json.WriteNullValue();
            json.WriteString("error", error);
            json.WriteEndObject();
            json.Flush();
            errorDoc?.Dispose();
            await output.WriteAsync(Encoding.UTF8.GetString(buffer.WrittenSpan));
            await output.WriteAsync('\n');
        }

        await FlushBatch();
        return malformed;
    }

    private static CliInput? TryParse(string line, long lineNumber, out string? error, out JsonDocument? errorDoc)
    {
        errorDoc = null;
        if (string.IsNullOrWhiteSpace(line))
        {
            error = "empty line: expected a JSON object with a \"text\" string";
            return null;
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line, s_readerOptions);
        }
        catch (JsonException ex)
        {
            // The parser's message can quote input characters; report only where it failed.
            error = ex.BytePositionInLine is long pos ? $"not valid JSON (at byte {pos})" : "not valid JSON";
            return null;
        }

        JsonElement root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = $"expected a JSON object, got {root.ValueKind.ToString().ToLowerInvariant()}";
            doc.Dispose();
            return null;
        }

        if (!root.TryGetProperty("text", out JsonElement text))
        {
            errorDoc = doc;
            error = "missing \"text\" field";
            return null;
        }

        if (text.ValueKind != JsonValueKind.String)
        {
            errorDoc = doc;
            error = $"\"text\" must be a string, got {text.ValueKind.ToString().ToLowerInvariant()}";
            return null;
        }

        error = null;
        return new CliInput(lineNumber, doc, text.GetString()!);
    }

    /// <summary>A verb option whose help starts with "(flag)" takes no value.</summary>
    private static bool IsFlag((string Name, string Help) option) => option.Help.StartsWith("(flag)", StringComparison.Ordinal);

    private static async Task<int> Fail(TextWriter stderr, string message, ICliVerb[] verbs, ICliVerb? verb)
    {
        await stderr.WriteLineAsync("securekernel: " + message);
        await stderr.WriteLineAsync(Usage(verbs, verb));
        return CliExitCodes.BadArguments;
    }

    internal static string Usage(ICliVerb[] verbs, ICliVerb? verb)
    {
        var sb = new StringBuilder();
        if (verb is null)
        {
            sb.AppendLine("usage: securekernel <verb> [--input FILE|-] [--output FILE|-] [--quiet] [options]");
            sb.AppendLine("Reads JSON Lines ({\"id\": ..., \"text\": \"...\"}) and writes one JSON line per input line, in order.");
            sb.AppendLine("verbs:");
            foreach (ICliVerb v in verbs) sb.Append("  ").Append(v.Name.PadRight(10)).AppendLine(v.Summary);
            sb.AppendLine("exit codes: 0 ok, 2 bad arguments or unreadable files, 3 some input lines were malformed");
            sb.AppendLine("other verbs (own arguments and output; see 'securekernel <verb> --help'):");
            foreach (ICliCommand c in CreateCommands()) sb.Append("  ").Append(c.Name.PadRight(10)).AppendLine(c.Summary);
        }
        else
        {
            sb.Append("usage: securekernel ").Append(verb.Name).AppendLine(" [--input FILE|-] [--output FILE|-] [--quiet] [options]");
            sb.AppendLine(verb.Summary);
            sb.AppendLine("  --input FILE|-      JSON Lines input (default: stdin)");
            sb.AppendLine("  --output FILE|-     JSON Lines output (default: stdout)");
            sb.AppendLine("  --quiet             (flag) no progress lines on stderr (runs over 2 s report counts every 2 s)");
            foreach (var (name, help) in verb.Options) sb.Append("  --").Append(name.PadRight(18)).AppendLine(help);
        }
        return sb.ToString().TrimEnd();
    }
}
