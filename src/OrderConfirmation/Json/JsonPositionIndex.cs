using System.Text;
using System.Text.Json;
using OrderConfirmation.Diagnostics;

namespace OrderConfirmation.Json;

/// <summary>
/// Where each value of a JSON document starts (1-based line and column), keyed by its path
/// (<c>Rules[2].Expression</c>), so that problems found after parsing can point into the file.
/// It also notes properties that appear twice in the same object, which parsers otherwise reject one at a time or silently overwrite.
/// </summary>
internal sealed class JsonPositionIndex
{
    private readonly Dictionary<string, SourcePosition> _positions;

    private JsonPositionIndex(Dictionary<string, SourcePosition> positions, IReadOnlyList<DuplicateProperty> duplicates)
    {
        _positions = positions;
        DuplicateProperties = duplicates;
    }

    /// <summary>Every repeated property (the second and later occurrences in its object), in document order.</summary>
    public IReadOnlyList<DuplicateProperty> DuplicateProperties { get; }

    /// <summary>Indexes a well-formed document; a malformed one gives the positions read so far.</summary>
    public static JsonPositionIndex Build(ReadOnlySpan<byte> utf8)
    {
        var lines = new LineMap(utf8);
        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var containers = new List<Container>();
        var duplicates = new List<DuplicateProperty>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        containers[^1] = containers[^1] with { Name = reader.GetString() };
                        if (!containers[^1].Names!.Add(containers[^1].Name!))
                        {
                            duplicates.Add(new DuplicateProperty(Format(containers), lines.PositionOf((int)reader.TokenStartIndex, utf8)));
                        }

                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        containers.RemoveAt(containers.Count - 1);
                        continue;
                }

                if (containers.Count > 0 && containers[^1].Name is null)
                {
                    containers[^1] = containers[^1] with { Index = containers[^1].Index + 1 };
                }

                positions.TryAdd(Format(containers), lines.PositionOf((int)reader.TokenStartIndex, utf8));
                if (reader.TokenType is JsonTokenType.StartObject)
                {
                    containers.Add(new Container(string.Empty, -1, new HashSet<string>(StringComparer.Ordinal)));
                }
                else if (reader.TokenType is JsonTokenType.StartArray)
                {
                    containers.Add(new Container(null, -1, null));
                }
            }
        }
        catch (JsonException)
        {
            // Malformed documents are reported by the parser; keep what was indexed.
        }

        return new JsonPositionIndex(positions, duplicates);
    }

    /// <summary>The position of the value at <paramref name="path"/>, or of its nearest indexed ancestor.</summary>
    public SourcePosition Find(string path)
    {
        var probe = path;
        while (true)
        {
            if (_positions.TryGetValue(probe, out var position))
            {
                return position;
            }

            var cut = Math.Max(probe.LastIndexOf('.'), probe.LastIndexOf('['));
            if (cut <= 0)
            {
                return _positions.GetValueOrDefault(string.Empty, SourcePosition.Start);
            }

            probe = probe[..cut];
        }
    }

    private static string Format(List<Container> containers)
    {
        var text = new StringBuilder();
        foreach (var container in containers)
        {
            if (container.Name is null)
            {
                text.Append('[').Append(container.Index).Append(']');
            }
            else
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(container.Name);
            }
        }

        return text.ToString();
    }

    /// <summary>A property that appears again in the same object.</summary>
    /// <param name="Path">The property's path, as <see cref="Find"/> takes it.</param>
    /// <param name="Position">Where the repeated property's name starts.</param>
    public readonly record struct DuplicateProperty(string Path, SourcePosition Position);

    /// <summary>
    /// An enclosing object (<see cref="Name"/> is its current property, <see cref="Names"/> the properties seen so far)
    /// or array (<see cref="Name"/> and <see cref="Names"/> are null).
    /// </summary>
    private readonly record struct Container(string? Name, int Index, HashSet<string>? Names);

    private readonly struct LineMap
    {
        private readonly List<int> _lineStarts;

        public LineMap(ReadOnlySpan<byte> utf8)
        {
            _lineStarts = [0];
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public SourcePosition PositionOf(int offset, ReadOnlySpan<byte> utf8)
        {
            var line = _lineStarts.BinarySearch(offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            var start = _lineStarts[line];
            var column = Encoding.UTF8.GetCharCount(utf8[start..offset]) + 1;
            return new SourcePosition(line + 1, column);
        }
    }
}
