using OrderConfirmation.Diagnostics;
using OrderConfirmation.Json;

namespace OrderConfirmation.Calendars;

/// <summary>Collects the problems found in one calendar file, each placed at the position of the value at fault.</summary>
internal sealed class CalendarDiagnostics
{
    private readonly string _source;
    private readonly JsonPositionIndex _positions;
    private readonly List<RuleDiagnostic> _items = [];

    public CalendarDiagnostics(string source, JsonPositionIndex positions)
    {
        _source = source;
        _positions = positions;
    }

    /// <summary>How many problems have been reported so far.</summary>
    public int Count => _items.Count;

    /// <summary>The position of the value at <paramref name="path"/> (e.g. <c>week.Monday[1]</c>), or of its nearest ancestor.</summary>
    public SourcePosition PositionOf(string path) => _positions.Find(path);

    /// <summary>Reports a problem with the value at <paramref name="path"/>.</summary>
    public void Report(string path, string code, string message) => Report(PositionOf(path), code, message);

    /// <summary>Reports a problem at <paramref name="position"/>.</summary>
    public void Report(SourcePosition position, string code, string message) =>
        _items.Add(new RuleDiagnostic(_source, position, null, code, message));

    /// <summary>The problems in file order (line, then column); problems at the same position keep the order they were found in.</summary>
    public IReadOnlyList<RuleDiagnostic> InFileOrder() =>
        [.. _items.OrderBy(d => d.Position.Line).ThenBy(d => d.Position.Column)];
}
