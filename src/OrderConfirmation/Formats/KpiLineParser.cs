using System.Text;
using System.Text.Json;
using NodaTime;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Formats;

/// <summary>
/// Reads one line of a KPI record file straight from its UTF-8 bytes into a <see cref="KpiAccumulator"/>, with no string
/// and no record per line. It accepts only lines it is sure of: known fields once each, plain values of the right JSON
/// type, instants in the common form (<see cref="Utf8InstantParser"/>) and every check of <see cref="KpiRecordReader"/>
/// passed. Any other line (invalid, or valid but unusual) it declines, and the caller reads it with
/// <see cref="KpiRecordReader.Record"/>, whose messages name the file, line and field. One per thread.
/// </summary>
internal sealed partial class KpiLineParser(KpiAccumulator into)
{
    private const int MaxInternedNames = 4_096;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = 16 };

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private Interval[] _waits = new Interval[4];

    /// <summary>Adds the record on the line and returns <see langword="true"/>, or returns <see langword="false"/> having added nothing.</summary>
    public bool TryAdd(ReadOnlySpan<byte> line)
    {
        try
        {
            return TryRead(line);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private bool TryRead(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, Options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var line_ = default(LineValues);
        Field seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueIsEscaped ? Field.Unknown : FieldNamed(reader.ValueSpan);
            if (field == Field.Unknown || (seen & field) != 0 || !reader.Read())
            {
                return false;
            }

            seen |= field;
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            line_.Present |= field;
            if (!ReadValue(ref reader, field, ref line_))
            {
                return false;
            }
        }

        // The object must end the line: Read throws on anything after it.
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            return false;
        }

        return line_.Type switch
        {
            RecordType.Order => AddOrder(ref line_),
            RecordType.Survey => AddSurvey(ref line_),
            RecordType.Case => AddCase(ref line_),
            _ => false,
        };
    }

    private bool ReadValue(ref Utf8JsonReader reader, Field field, ref LineValues line)
    {
        switch (field)
        {
            case Field.Type:
                line.Type = reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped ? RecordType.Unknown
                    : reader.ValueSpan.SequenceEqual("order"u8) ? RecordType.Order
                    : reader.ValueSpan.SequenceEqual("survey"u8) ? RecordType.Survey
                    : reader.ValueSpan.SequenceEqual("case"u8) ? RecordType.Case
                    : RecordType.Unknown;
                return line.Type != RecordType.Unknown;
            case Field.OrderId:
                line.IdGiven = IsPlainText(ref reader);
                return reader.TokenType == JsonTokenType.String;
            case Field.CaseId:
                line.CaseIdGiven = IsPlainText(ref reader);
                return reader.TokenType == JsonTokenType.String;
            case Field.ReceivedAt:
                return TryInstant(ref reader, out line.ReceivedAt);
            case Field.ConfirmedAt:
                return TryInstant(ref reader, out line.ConfirmedAt);
            case Field.ClosedAt:
                return TryInstant(ref reader, out line.ClosedAt);
            case Field.RespondedAt:
                return TryInstant(ref reader, out line.RespondedAt);
            case Field.AnsweredAt:
                return TryInstant(ref reader, out line.AnsweredAt);
            case Field.Department:
                return TryName(ref reader, into.ByDepartment, out line.Department);
            case Field.Employee:
                return TryName(ref reader, into.ByEmployee, out line.Employee);
            case Field.Outcome:
                line.Outcome = reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped ? null
                    : reader.ValueSpan.SequenceEqual("Confirmed"u8) ? ProcessingOutcome.Confirmed
                    : reader.ValueSpan.SequenceEqual("Rejected"u8) ? ProcessingOutcome.Rejected
                    : reader.ValueSpan.SequenceEqual("Cancelled"u8) ? ProcessingOutcome.Cancelled
                    : null;
                return line.Outcome is not null;
            case Field.Kind:
                line.Kind = reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped ? null
                    : reader.ValueSpan.SequenceEqual("Query"u8) ? CaseKind.Query
                    : reader.ValueSpan.SequenceEqual("Complaint"u8) ? CaseKind.Complaint
                    : reader.ValueSpan.SequenceEqual("Report"u8) ? CaseKind.Report
                    : null;
                return line.Kind is not null;
            case Field.Assessed:
                return TryBoolean(ref reader, out line.Assessed);
            case Field.Substantiated:
                return TryBoolean(ref reader, out line.Substantiated);
            case Field.Communication:
                return TryScore(ref reader, out line.Communication);
            case Field.Efficiency:
                return TryScore(ref reader, out line.Efficiency);
            case Field.Attitude:
                return TryScore(ref reader, out line.Attitude);
            case Field.CustomerWaits:
                return TryWaits(ref reader, ref line);
            case Field.Defects:
                return TryDefects(ref reader, ref line);
            default:
                return false;
        }
    }

    /// <summary>A plain string with a visible ASCII character, so that the reader's "required" check passes for sure.</summary>
    private static bool IsPlainText(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && reader.ValueSpan.IndexOfAnyInRange((byte)'!', (byte)'~') >= 0;

    private static bool TryInstant(ref Utf8JsonReader reader, out Instant? instant)
    {
        instant = null;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || !Utf8InstantParser.TryParse(reader.ValueSpan, out var value))
        {
            return false;
        }

        instant = value;
        return true;
    }

    private static bool TryBoolean(ref Utf8JsonReader reader, out bool? value)
    {
        value = reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => null,
        };
        return value is not null;
    }

    private static bool TryScore(ref Utf8JsonReader reader, out int score)
    {
        score = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out score) && score is >= 1 and <= 5;
    }

    /// <summary>The department or employee, as a string only when the breakdown reads it (interned: a few names recur over millions of lines).</summary>
    private bool TryName(ref Utf8JsonReader reader, bool needed, out string? name)
    {
        name = null;
        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        if (!needed)
        {
            return true;
        }

        if (reader.ValueIsEscaped || reader.ValueSpan.Length > 256)
        {
            return false;
        }

        Span<char> chars = stackalloc char[reader.ValueSpan.Length];
        chars = chars[..Encoding.UTF8.GetChars(reader.ValueSpan, chars)];
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(chars, out name))
        {
            name = new string(chars);
            if (_names.Count < MaxInternedNames)
            {
                _names.Add(name, name);
            }
        }

        return true;
    }
}
