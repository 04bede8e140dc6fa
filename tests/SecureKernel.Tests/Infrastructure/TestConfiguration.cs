using System.Text;
using Microsoft.Extensions.Configuration;

namespace SecureKernel.Tests.Infrastructure;

/// <summary>Configuration built from JSON text, as an app's appsettings would bind.</summary>
internal static class TestConfiguration
{
    public static IConfiguration Json(string json) => new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

    /// <summary>A file path as a JSON string literal's content (backslashes escaped).</summary>
    public static string Escape(string path) => path.Replace("\\", "\\\\", StringComparison.Ordinal);
}
