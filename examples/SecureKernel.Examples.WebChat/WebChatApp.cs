using System.ClientModel;
using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Data;
using OpenAI;
using SecureKernel.Testing;

namespace SecureKernel.Examples.WebChat;

/// <summary>Builds the web chat app: Kestrel on 127.0.0.1, a static page, and the chat, approval and upload APIs.</summary>
public static class WebChatApp
{
    /// <summary>Builds the app. <paramref name="configure"/> lets tests add configuration or services before it is built.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);
        var config = builder.Configuration;
        var section = config.GetSection(WebChatOptions.SectionName);
        var web = new WebChatOptions();
        section.Bind(web);
        ApplyEnvironmentModel(web.Model);

        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, web.Port is >= 0 and <= 65535 ? web.Port : 0));
        builder.Services.AddSingleton(web);
        builder.Services.AddSingleton<IValidateOptions<SecureKernelOptions>>(new WebChatOptionsValidator(web));

        // >>> SecureKernel: options from appsettings.json ("SecureKernel"), callbacks from code. <<<
        builder.Services.AddSecureKernel(config.GetSection("SecureKernel"), o => o.OnDecision = TurnRecorder.RecordDecision);
        builder.Services.AddOptions<SecureKernelOptions>().ValidateOnStart();

        // The model: outer guard stage, SK's function invocation, inner tool-result guard (as in the console example).
        builder.Services.AddSingleton(sp => CreateModel(web.Model));
        builder.Services.AddChatClient(sp => sp.GetRequiredService<ModelClient>().Client)
            .UseSecureKernel()
            .UseKernelFunctionInvocation()
            .UseToolResultGuard();

        builder.Services.AddSingleton(new DocumentIndex(WebDemoDocuments.All));
        builder.Services.AddSingleton<MailPlugin>();
        builder.Services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(
            new DocsPlugin(((ITextSearch)sp.GetRequiredService<DocumentIndex>()).AsUntrusted(sp.GetRequiredService<SecureKernelGuard>(), web.SearchSource), web.SearchTop), "docs"));
        builder.Services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(sp.GetRequiredService<MailPlugin>(), "mail"));
        builder.Services.AddKernel();
        builder.Services.AddTransient<ChatTurnRunner>();
        builder.Services.AddSingleton<DocumentUploads>();

        var app = builder.Build();
        MapEndpoints(app, web);
        return app;
    }

    /// <summary>The address the app listens on, after it started (the real port when 0 was configured).</summary>
    public static Uri GetAddress(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }

    private static void MapEndpoints(WebApplication app, WebChatOptions web)
    {
        // Resolved on first request: options are validated when the app starts (every error listed), not while building.
        var csp = new Lazy<string>(() => ContentSecurityPolicy(app.Services.GetRequiredService<SecureKernelGuard>().Options.Output.Sanitizer));
        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            if (web.ContentSecurityPolicy) context.Response.Headers.ContentSecurityPolicy = csp.Value;
            await next(context);
        });

        app.MapGet("/", () => Asset("index.html", "text/html; charset=utf-8"));
        app.MapGet("/app.js", () => Asset("app.js", "text/javascript; charset=utf-8"));
        app.MapGet("/app.css", () => Asset("app.css", "text/css; charset=utf-8"));

        app.MapPost("/api/chat", async (ChatRequest request, ChatTurnRunner runner, HttpContext context) =>
        {
            if (string.IsNullOrWhiteSpace(request.Question)) return Results.BadRequest(new { error = "question is required" });
            await runner.RunAsync(request.Question, context.Response, context.RequestAborted);
            return Results.Empty;
        });

        app.MapGet("/api/info", (ModelClient model, SecureKernelGuard guard) => new
        {
            model = model.Description,
            mode = guard.Options.Mode.ToString(),
            detector = guard.Detector.Name,
            spotlighting = guard.Options.Retrieval.Spotlighting.ToString(),
            allowedHosts = guard.Options.Output.Sanitizer.AllowedHosts,
            policies = guard.Options.Tools.Policies.Select(p => new
            {
                tool = p.Key,
                consequence = p.Value.Consequence.ToString(),
                requiresApproval = p.Value.RequiresApproval,
                acceptsUntrustedContext = p.Value.EffectiveAcceptsUntrustedContext,
            }),
        });
        app.MapGet("/api/approvals", (SecureKernelGuard guard) => guard.Approvals.Pending.Select(a => new { id = a.Id, tool = a.PluginName + "." + a.FunctionName, status = a.Status.ToString() }));
        app.MapPost("/api/approvals/{id}", (string id, ApprovalDecision decision, SecureKernelGuard guard) =>
        {
            // A real app authorizes the approver (and keeps it apart from the requester); the demo has one local user.
            const string approver = "web-user";
            bool ok = decision.Approve ? guard.Approvals.Approve(id, approver) : guard.Approvals.Deny(id, approver);
            var request = guard.Approvals.Get(id);
            return ok
                ? Results.Ok(new { id, status = request!.Status.ToString() })
                : Results.Conflict(new { id, error = request is null ? "unknown approval request" : $"already {request.Status.ToString().ToLowerInvariant()}" });
        });

        app.MapGet("/api/documents", (DocumentIndex index) => index.Entries.Select(e => new
        {
            id = e.Document.Id,
            source = e.Document.Source,
            uploaded = e.Uploaded,
            flagged = e.FlagReason is not null,
            reason = e.FlagReason,
            findings = e.FindingKinds,
        }));
        app.MapPost("/api/documents", async (UploadRequest upload, DocumentUploads uploads, CancellationToken ct) =>
        {
            var result = await uploads.AddAsync(upload, ct);
            return result.Accepted ? Results.Ok(result) : Results.UnprocessableEntity(result);
        });
    }

    private static IResult Asset(string name, string contentType)
    {
        using var stream = typeof(WebChatApp).Assembly.GetManifestResourceStream("wwwroot/" + name)
            ?? throw new InvalidOperationException($"Embedded asset {name} is missing.");
        using var reader = new StreamReader(stream);
        return Results.Text(reader.ReadToEnd(), contentType);
    }

    /// <summary>Script and styles only from the app; images and links only to the output guard's allowed hosts.</summary>
    private static string ContentSecurityPolicy(OutputSanitizerOptions sanitizer)
    {
        string hosts = string.Concat(sanitizer.AllowedHosts.Select(h => $" https://{h}" + (sanitizer.AllowSubdomains ? $" https://*.{h}" : "")));
        return $"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:{hosts}; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    }

    private static void ApplyEnvironmentModel(ModelOptions model)
    {
        model.Endpoint = string.IsNullOrWhiteSpace(model.Endpoint) ? Environment.GetEnvironmentVariable("OPENAI_BASE_URL") : model.Endpoint;
        model.ApiKey = string.IsNullOrWhiteSpace(model.ApiKey) ? Environment.GetEnvironmentVariable("OPENAI_API_KEY") : model.ApiKey;
        model.ModelId = string.IsNullOrWhiteSpace(model.ModelId) ? Environment.GetEnvironmentVariable("OPENAI_MODEL") : model.ModelId;
    }

    private static ModelClient CreateModel(ModelOptions model)
    {
        if (!model.IsOnline) return new ModelClient("offline gullible model (no network, no keys)", new OfflineAssistantChatClient(new GullibleChatClient()));
        var options = new OpenAIClientOptions();
        if (!string.IsNullOrWhiteSpace(model.Endpoint)) options.Endpoint = new Uri(model.Endpoint);
        // Local OpenAI-compatible servers often need no key; the SDK still requires a non-empty credential.
        var credential = new ApiKeyCredential(string.IsNullOrWhiteSpace(model.ApiKey) ? "unused" : model.ApiKey);
        return new ModelClient($"{model.ModelId} at {options.Endpoint?.Host ?? "api.openai.com"}", new OpenAI.Chat.ChatClient(model.ModelId, credential, options).AsIChatClient());
    }
}
