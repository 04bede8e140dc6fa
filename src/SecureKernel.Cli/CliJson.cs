using System.Text.Json;

namespace SecureKernel.Cli;

/// <summary>JSON shapes shared by the verbs.</summary>
internal static class CliJson
{
    /// <summary>Writes <c>"findings": [{"kind": …, "detail": …}]</c>; kind is the stable snake-case name.</summary>
    public static void WriteFindings(Utf8JsonWriter writer, IEnumerable<SecurityFinding> findings)
    {
        writer.WriteStartArray("findings");
        foreach (SecurityFinding f in findings)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", f.KindName);
            writer.WriteString("detail", f.Detail);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
