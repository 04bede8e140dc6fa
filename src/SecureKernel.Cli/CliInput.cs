using System.Text.Json;

namespace SecureKernel.Cli;

/// <summary>One well-formed input line: its 1-based number, its <c>id</c> (any JSON value, or null when absent) and its <c>text</c>.</summary>
internal sealed class CliInput(long line, JsonDocument document, string text)
{
    public long Line { get; } = line;

    public string Text { get; } = text;

    /// <summary>The whole input object, for verbs that read more fields (unknown fields are ignored).</summary>
    public JsonElement Root => document.RootElement;

    public JsonDocument Document => document;

    /// <summary>Writes the input's <c>id</c> unchanged as the "id" property, or null when the input had none.</summary>
    public void WriteId(Utf8JsonWriter writer)
    {
        writer.WritePropertyName("id");
        if (Root.TryGetProperty("id", out JsonElement id)) id.WriteTo(writer);
        else writer.WriteNullValue();
    }

    public void Release() => document.Dispose();
}
