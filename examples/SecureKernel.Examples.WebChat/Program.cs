using SecureKernel.Examples.WebChat;

// SecureKernel web example: a RAG chat page on http://127.0.0.1:5080 (WebChat:Port in appsettings.json).
//   Offline by default (gullible offline model, in-memory index with poisoned documents); set WebChat:Model or
//   OPENAI_BASE_URL / OPENAI_API_KEY / OPENAI_MODEL for an OpenAI-compatible endpoint.
//   Usage: dotnet run --project examples/SecureKernel.Examples.WebChat -c Release [-- --WebChat:Port=0]
var app = WebChatApp.Build(args);
await app.StartAsync();
Console.WriteLine($"SecureKernel web chat: {WebChatApp.GetAddress(app)} (Ctrl+C to stop)");
await app.WaitForShutdownAsync();
