using System.Text;
using SecureKernel.Testing;

namespace SecureKernel.Cli;

/// <summary>
/// <c>securekernel redteam [--kind K,...] [--stream] [--config FILE.json] [--format json|markdown] [--output FILE|-]</c>:
/// runs the bundled red-team corpus against the offline gullible agent with and without SecureKernel and prints the
/// report. Exit 0 when no attack reached its goal with SecureKernel on, 1 when one did (CI gate), 2 for bad arguments
/// or an invalid config.
/// </summary>
internal sealed class RedTeamCommand : ICliCommand
{
    public string Name => "redteam";

    public string Summary => "redteam [--kind K,...] [--stream] [--config FILE.json] [--format json|markdown]: attack success rate with and without SecureKernel";

    public string Usage => """
        usage: securekernel redteam [--kind K,...] [--stream] [--config FILE.json] [--format json|markdown] [--output FILE|-]
        Runs the bundled red-team corpus (SecureKernel.Testing) through a Semantic Kernel RAG pipeline with an offline
        gullible model, once without and once with SecureKernel, and reports attack success rate (ASR) and benign-task
        success per attack kind. No network.
          --kind K,...         only these kinds: indirect_injection, jailbreak, role_forgery, unicode_smuggling,
                               markdown_exfiltration, canary_leak (default: all; repeatable)
          --stream             ask through InvokePromptStreamingAsync (default: InvokePromptAsync)
          --config FILE.json   SecureKernelOptions as JSON (or under a top-level "SecureKernel" property); default: the defaults.
                               The exfiltration tool "mail" is treated as External unless the config has a policy for it.
          --format json|markdown   default json
          --output FILE|-      default stdout
        exit codes: 0 no attack succeeded with SecureKernel on, 1 at least one did (listed in the report),
                    2 bad arguments, unreadable or invalid config
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var (options, exit) = await CommandArguments.ParseOrReportAsync(args, Usage, stderr, ["stream"], "kind", "config", "format", "output");
        if (options is null) return exit;

        string format = options.Get("format") ?? "json";
        if (format is not ("json" or "markdown")) return await Fail(stderr, $"--format must be json or markdown, got '{format}'.");
        bool streaming;
        switch (options.Get("stream"))
        {
            case null or "false":
                streaming = false;
                break;
            case "true":
                streaming = true;
                break;
            default:
                return await Fail(stderr, "--stream takes no value (or =true / =false).");
        }

        var runnerOptions = new RedTeamRunnerOptions { Streaming = streaming };
        foreach (string name in options.GetAll("kind").SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)))
        {
            if (!RedTeamCorpus.TryParseKind(name, out RedTeamAttackKind kind))
                return await Fail(stderr, $"unknown --kind '{name}'; expected one of: {string.Join(", ", Enum.GetValues<RedTeamAttackKind>().Select(RedTeamCorpus.KindName))}.");
            if (!runnerOptions.Kinds.Contains(kind)) runnerOptions.Kinds.Add(kind);
        }

        if (options.Get("config") is { } path)
        {
            var (loaded, errors) = PostureCommand.Load(path);
            if (loaded is null)
            {
                foreach (string e in errors) await stderr.WriteLineAsync("securekernel: config: " + e);
                return CliExitCodes.BadArguments;
            }
            // A fresh options object per case (the runner adds its tool policy to it); the file was validated above.
            runnerOptions.SecureKernelOptionsFactory = () => PostureCommand.Load(path).Options ?? throw new InvalidOperationException($"the config '{path}' changed during the run.");
        }

        RedTeamReport report = await new RedTeamRunner(runnerOptions).RunAsync(cancellationToken);
        string text = format == "json" ? report.ToJson() : report.ToMarkdown();
        if (!await CommandOutput.WriteAsync(options.Get("output"), text, stdout, stderr, cancellationToken)) return CliExitCodes.BadArguments;

        RedTeamKindSummary on = report.Summary(null, true), off = report.Summary(null, false);
        await stderr.WriteLineAsync(FormattableString.Invariant(
            $"securekernel: redteam: {on.Attacks} attacks, ASR {off.AttackSuccessRate:P1} without and {on.AttackSuccessRate:P1} with SecureKernel; benign success {on.BenignSuccessRate:P1} with SecureKernel ({on.BenignTasks} tasks)."));
        return on.AttackSuccesses > 0 ? CliExitCodes.AttacksSucceeded : CliExitCodes.Success;
    }

    private Task<int> Fail(TextWriter stderr, string message) => CommandArguments.FailAsync(stderr, message, Usage);
}
