using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SecureKernel.Examples.WebChat;
using SecureKernel.Testing;

namespace SecureKernel.Tests.WebChat;

/// <summary>The web example started in-process on real Kestrel at 127.0.0.1 with an ephemeral port, configured by its appsettings.json.</summary>
internal sealed class WebChatHost : IAsyncDisposable
{
    private WebChatHost(WebApplication app)
    {
        App = app;
        BaseAddress = WebChatApp.GetAddress(app);
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public MailPlugin Mail => App.Services.GetRequiredService<MailPlugin>();

    public GullibleChatClient Model => ((OfflineAssistantChatClient)App.Services.GetRequiredService<ModelClient>().Client).Gullible;

    public static async Task<WebChatHost> StartAsync(params string[] args)
    {
        // Model settings from the environment would switch the app online; tests always run offline.
        var app = WebChatApp.Build(["--WebChat:Port=0", "--WebChat:Model:Offline=true", .. args], b =>
            b.Configuration["Logging:LogLevel:Default"] = "Warning");
        await app.StartAsync();
        return new WebChatHost(app);
    }

    /// <summary>Asks a question through <c>POST /api/chat</c> and returns the server-sent events in order.</summary>
    public async Task<List<(string Name, JsonElement Data)>> AskAsync(string question)
    {
        using var response = await Http.PostAsJsonAsync("/api/chat", new { question });
        response.EnsureSuccessStatusCode();
        Assert.AreEqual("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        string body = await response.Content.ReadAsStringAsync();
        var events = new List<(string, JsonElement)>();
        foreach (string block in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            string name = block.Split('\n').First(l => l.StartsWith("event: ", StringComparison.Ordinal))[7..];
            string data = block.Split('\n').First(l => l.StartsWith("data: ", StringComparison.Ordinal))[6..];
            events.Add((name, JsonDocument.Parse(data).RootElement.Clone()));
        }

        return events;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
