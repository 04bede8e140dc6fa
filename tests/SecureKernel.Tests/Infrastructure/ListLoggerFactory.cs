using Microsoft.Extensions.Logging;
using SecureKernel.Tests.Audit;

namespace SecureKernel.Tests.Infrastructure;

/// <summary>A logger factory whose loggers all write to one <see cref="ListLogger"/>.</summary>
internal sealed class ListLoggerFactory(ListLoggerProvider provider) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => provider.CreateLogger(categoryName);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }
}
