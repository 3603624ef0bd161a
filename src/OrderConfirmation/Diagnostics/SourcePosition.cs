namespace OrderConfirmation.Diagnostics;

/// <summary>A 1-based line and column in a text file.</summary>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1, counted in characters.</param>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <summary>The start of a file.</summary>
    public static SourcePosition Start { get; } = new(1, 1);

    /// <summary>The same line, <paramref name="characters"/> columns further right.</summary>
    public SourcePosition Advance(int characters) => this with { Column = Column + characters };

    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
