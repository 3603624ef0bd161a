using BenchmarkDotNet.Configs;

namespace OrderConfirmation.Benchmarks.Columns;

/// <summary>Adds the <see cref="CommandsPerSecondColumn"/> to a benchmark class whose operation is one command.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CommandsPerSecondColumnAttribute : Attribute, IConfigSource
{
    /// <summary>The configuration with the column.</summary>
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddColumn(new CommandsPerSecondColumn());
}
