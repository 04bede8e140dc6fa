using System.ClientModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Data;
using OpenAI;
using SecureKernel;
using SecureKernel.Examples.Rag;
using SecureKernel.Testing;

// SecureKernel example RAG app.
//   Offline (default): a gullible offline model that follows instructions it finds in retrieved documents.
//   Online: set OPENAI_API_KEY (and/or OPENAI_BASE_URL for any OpenAI-compatible endpoint) and OPENAI_MODEL.
//   Usage: dotnet run --project examples/SecureKernel.Examples.Rag -c Release [-- "your question"] [--offline]

bool forceOffline = args.Contains("--offline", StringComparer.Ordinal);
string question = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? DemoDocuments.TravelQuestion;

ModelChoice model;
try
{
    model = ModelChoice.FromEnvironment(forceOffline);
}
catch (InvalidOperationException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

Console.WriteLine("SecureKernel example RAG app");
Console.WriteLine($"Model: {model.Description}");
Console.WriteLine($"Index: {DemoDocuments.All.Count} bundled documents (one poisoned: {DemoDocuments.Poisoned.Source})");
Console.WriteLine($"Question: {question}");

var decisions = new List<SecurityVerdict>();
await RunAsync("WITHOUT SecureKernel", secure: false);
await RunAsync("WITH SecureKernel", secure: true);
return 0;

async Task RunAsync(string title, bool secure)
{
    Console.WriteLine();
    Console.WriteLine($"=== {title} ===");
    Demo demo = BuildKernel(secure);
    string answer;
    try
    {
        FunctionResult result = await demo.Kernel.InvokePromptAsync(question, new KernelArguments(new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() }));
        answer = result.GetValue<object>() is ChatResponse response ? response.Text : result.ToString();
    }
    catch (SecurityBlockedException ex)
    {
        answer = $"(turn blocked by SecureKernel: {ex.Message})";
    }

    Console.WriteLine("What happened:");
    foreach (string e in demo.Transcript.Events) Console.WriteLine($"  - {e}");
    Console.WriteLine($"Outbox ({demo.Mail.Outbox.Count} email(s)):");
    foreach (SentEmail mail in demo.Mail.Outbox)
    {
        Console.WriteLine($"  - to {mail.To}, subject \"{mail.Subject}\", body \"{TranscriptChatClient.Shorten(mail.Body, 120)}\"");
    }
    Console.WriteLine($"Final answer: {answer.Trim()}");
    if (secure)
    {
        Console.WriteLine($"SecureKernel decisions ({decisions.Count}):");
        foreach (SecurityVerdict v in decisions) Console.WriteLine($"  - {v}{(v.Stage == SecurityStage.Retrieval ? $" score={v.Score:0.00}" : "")}");
        foreach (SecurityFinding f in decisions.SelectMany(v => v.Findings).Where(f => f.Kind == FindingKind.ClassifierScore))
            Console.WriteLine($"    model finding: {f.Detector}: {f.Detail} (window score {f.Score:0.000})");
    }
}

// Builds the kernel: in-memory index -> search_docs plugin, send_email plugin, chat client with SK auto function calling.
// secure only changes which hooks are applied; everything else is identical.
Demo BuildKernel(bool secure)
{
    PipelineHooks hooks = secure ? SecureKernelHooks() : PipelineHooks.None;

    ITextSearch search = hooks.WrapSearch(new InMemoryTextSearch(DemoDocuments.All));
    var mail = new MailPlugin();
    TranscriptChatClient? transcript = null;

    var chat = new ChatClientBuilder(model.CreateClient());
    hooks.OuterChatMiddleware(chat);
    chat.UseKernelFunctionInvocation();
    hooks.InnerChatMiddleware(chat);
    chat.Use(inner => transcript = new TranscriptChatClient(inner)); // closest to the model: what it asked for and what it was sent
    IChatClient client = chat.Build();

    IKernelBuilder builder = Kernel.CreateBuilder();
    builder.Services.AddSingleton(client);
    builder.Plugins.AddFromObject(new DocsPlugin(search, top: 3), "docs");
    builder.Plugins.AddFromObject(mail, "mail");
    hooks.ConfigureKernel(builder);
    return new Demo(builder.Build(), mail, transcript!);
}

// >>> THE single place where SecureKernel is added to this app. <<<
// One guard is shared by the kernel filters and the chat-client stages (the chat client here is built without DI).
PipelineHooks SecureKernelHooks()
{
    var options = new SecureKernelOptions
    {
        Retrieval = { Spotlighting = SpotlightingMode.Delimit, FlaggedChunkAction = ChunkAction.Tag },
        Tools = { Policies = { ["docs"] = new ToolPolicy { Consequence = ToolConsequence.Read }, ["mail.send_email"] = new ToolPolicy { Consequence = ToolConsequence.External, RequiresApproval = true } } },
        OnDecision = v => { lock (decisions) decisions.Add(v); },
    };
    // Rules + the bundled ONNX classifier (copied next to the app by the .csproj), on the GPU when present, else the CPU.
    options.UseInjectionModel("models/injection-cnn");
    var guard = new SecureKernelGuard(options);
    if (guard.Detector is EnsembleInjectionDetector { Detectors: [_, OnnxInjectionDetector model] })
        Console.WriteLine($"Detector: {guard.Detector.Name} ({model.ModelId}, {model.ExecutionProvider})");
    return new PipelineHooks
    {
        WrapSearch = s => s.AsUntrusted(guard, "handbook"),
        OuterChatMiddleware = b => b.UseSecureKernel(guard),
        InnerChatMiddleware = b => b.UseToolResultGuard(guard),
        ConfigureKernel = k => k.AddSecurityFilters(guard),
    };
}

internal sealed record Demo(Kernel Kernel, MailPlugin Mail, TranscriptChatClient Transcript);

/// <summary>Which model the demo talks to: the offline gullible model or an OpenAI-compatible endpoint.</summary>
internal sealed record ModelChoice(string Description, Func<IChatClient> CreateClient)
{
    public static ModelChoice FromEnvironment(bool forceOffline)
    {
        string? baseUrl = Environment.GetEnvironmentVariable("OPENAI_BASE_URL");
        string? apiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
        string? modelId = Environment.GetEnvironmentVariable("OPENAI_MODEL");
        if (forceOffline || (string.IsNullOrWhiteSpace(baseUrl) && string.IsNullOrWhiteSpace(apiKey)))
        {
            return new ModelChoice("offline gullible model (SecureKernel.Testing.GullibleChatClient; no network, no keys)", static () => new GullibleChatClient());
        }

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(modelId)) errors.Add("OPENAI_MODEL is not set.");
        Uri? endpoint = null;
        if (!string.IsNullOrWhiteSpace(baseUrl) && !Uri.TryCreate(baseUrl, UriKind.Absolute, out endpoint)) errors.Add("OPENAI_BASE_URL is not an absolute URL.");
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Cannot use the OpenAI-compatible endpoint: " + string.Join(" ", errors) + " Unset OPENAI_API_KEY and OPENAI_BASE_URL (or pass --offline) to run offline.");
        }

        var options = new OpenAIClientOptions();
        if (endpoint is not null) options.Endpoint = endpoint;
        // Local OpenAI-compatible servers often need no key; the SDK still requires a non-empty credential.
        var credential = new ApiKeyCredential(string.IsNullOrWhiteSpace(apiKey) ? "unused" : apiKey);
        string where = endpoint is null ? "api.openai.com" : endpoint.Host;
        return new ModelChoice($"{modelId} via OpenAI-compatible endpoint at {where}",
            () => new OpenAI.Chat.ChatClient(modelId, credential, options).AsIChatClient());
    }
}
