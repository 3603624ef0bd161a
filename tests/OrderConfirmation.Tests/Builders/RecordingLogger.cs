using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OrderConfirmation.Tests.Builders;

/// <summary>Keeps the level and text of every message logged; thread-safe.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> _records = new();

    public IReadOnlyCollection<(LogLevel Level, string Message)> Records => _records.ToArray();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _records.Enqueue((logLevel, formatter(state, exception)));
}
