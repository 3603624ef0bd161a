using BenchmarkDotNet.Configs;

namespace OrderConfirmation.Benchmarks.Columns;

/// <summary>Adds the <see cref="PerLineColumn"/> to a benchmark class that has a <c>Lines</c> parameter.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PerLineColumnAttribute : Attribute, IConfigSource
{
    /// <summary>The configuration with the column.</summary>
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddColumn(new PerLineColumn());
}
