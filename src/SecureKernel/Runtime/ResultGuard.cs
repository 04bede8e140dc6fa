using System.Collections;
using System.Text.Json;
using Microsoft.SemanticKernel.Data;

namespace SecureKernel.Runtime;

/// <summary>
/// Turns any untrusted result value (string, TextSearchResult sequences, string sequences, search results, other objects)
/// into guarded text, scanning all chunks of one result in a single detector batch.
/// </summary>
internal static class ResultGuard
{
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = false };

    /// <summary>Returns the guarded replacement value, or <paramref name="value"/> itself when nothing needs guarding.</summary>
    public static async Task<object?> GuardValueAsync(SecureKernelGuard guard, object? value, string source, CancellationToken cancellationToken, bool taintTurn = true)
    {
        switch (value)
        {
            case null:
                return null;
            case string s:
                if (UntrustedContent.IsWrapped(s)) return s;
                return (await guard.GuardChunksAsync([new ChunkInput(s, source, null)], cancellationToken, taintTurn).ConfigureAwait(false))[0].ModelText;
            case bool or byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal or DateTime or DateTimeOffset or TimeSpan or Guid:
                return value; // cannot carry instructions
            case IEnumerable<TextSearchResult> results:
            {
                var list = results.ToList();
                var guarded = await guard.GuardChunksAsync(list.Select((r, i) => new ChunkInput(r.Value ?? "", r.Name ?? source, r.Link ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(), cancellationToken, taintTurn).ConfigureAwait(false);
                return list.Select((r, i) => new TextSearchResult(guarded[i].ModelText) { Name = r.Name, Link = r.Link }).ToList();
            }
            case IEnumerable<string> strings:
            {
                var list = strings.ToList();
                if (list.All(UntrustedContent.IsWrapped)) return list;
                var guarded = await guard.GuardChunksAsync(list.Select((t, i) => new ChunkInput(t ?? "", source, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(), cancellationToken, taintTurn).ConfigureAwait(false);
                return guarded.Select(g => g.ModelText).ToList();
            }
            case JsonElement { ValueKind: JsonValueKind.String } e:
                return await GuardValueAsync(guard, e.GetString(), source, cancellationToken, taintTurn).ConfigureAwait(false);
            default:
                string json;
                try
                {
                    json = value is JsonElement je ? je.GetRawText() : JsonSerializer.Serialize(value, value.GetType(), s_json);
                }
                catch (Exception ex) when (ex is NotSupportedException or JsonException or InvalidOperationException)
                {
                    json = value.ToString() ?? "";
                }
                return await GuardValueAsync(guard, json, source, cancellationToken, taintTurn).ConfigureAwait(false);
        }
    }

    /// <summary>True for a value that is a sequence but not a string (used to keep shapes).</summary>
    public static bool IsSequence(object? value) => value is IEnumerable and not string;
}
