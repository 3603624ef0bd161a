using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Storage;

/// <summary>
/// A finding's value (what a rule's <c>Values</c> expression gave: see <see cref="Findings.ReviewFinding.Values"/>) as a
/// stored state holds it, so that it is read back as the same .NET type. <c>null</c>, strings and booleans are JSON's own;
/// a JSON number is a <see cref="decimal"/> (money and quantities, scale kept: <c>1.50</c> stays <c>1.50</c>); a JSON array
/// is an <c>object?[]</c> of values (a rule's collections are materialised to arrays). Every other type is tagged,
/// <c>{"type": …, "value": …}</c>: <c>int</c>, <c>long</c>, <c>short</c>, <c>byte</c>, <c>sbyte</c>, <c>ushort</c>,
/// <c>uint</c>, <c>ulong</c> (a JSON number), <c>double</c> and <c>float</c> (invariant text, so NaN and infinities
/// survive), <c>char</c>, <c>localDate</c>, <c>localTime</c>, <c>instant</c>, <c>duration</c>, <c>period</c> (NodaTime's
/// ISO or round-trip text), and an enum of this library or <see cref="IsoDayOfWeek"/> under its full type name with its
/// member's name. Anything else (a host's own enum, a record a rule returned) is stored as its invariant text, as
/// the decision's JSON shows it, and read back as that string.
/// </summary>
internal static class FindingValueCodec
{
    /// <summary>How deeply arrays of values may nest.</summary>
    public const int MaxNesting = 32;

    private static readonly FrozenDictionary<string, Type> Enums =
        typeof(OrderState).Assembly.GetExportedTypes().Where(t => t.IsEnum).Append(typeof(IsoDayOfWeek)).ToFrozenDictionary(t => t.FullName!, StringComparer.Ordinal);

    /// <summary>Writes a value.</summary>
    /// <exception cref="ArgumentException">Arrays nest deeper than <see cref="MaxNesting"/> (or contain themselves).</exception>
    public static void Write(Utf8JsonWriter writer, object? value) => Write(writer, value, 0);

    public static object? Read(StoredElement element) => element.Kind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => element.String(),
        JsonValueKind.True or JsonValueKind.False => element.Boolean(),
        JsonValueKind.Number => element.Decimal(),
        JsonValueKind.Array => element.Array(Read),
        _ => ReadTagged(element),
    };

    private static void Write(Utf8JsonWriter writer, object? value, int depth)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case int number:
                Tagged(writer, "int", number);
                break;
            case long number:
                Tagged(writer, "long", number);
                break;
            case short number:
                Tagged(writer, "short", number);
                break;
            case byte number:
                Tagged(writer, "byte", number);
                break;
            case sbyte number:
                Tagged(writer, "sbyte", number);
                break;
            case ushort number:
                Tagged(writer, "ushort", number);
                break;
            case uint number:
                Tagged(writer, "uint", number);
                break;
            case ulong number:
                Tagged(writer, "ulong", number);
                break;
            case double number:
                Tagged(writer, "double", number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case float number:
                Tagged(writer, "float", number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case char character:
                Tagged(writer, "char", character.ToString());
                break;
            case LocalDate date:
                Tagged(writer, "localDate", LocalDatePattern.Iso.Format(date));
                break;
            case LocalTime time:
                Tagged(writer, "localTime", LocalTimePattern.ExtendedIso.Format(time));
                break;
            case Instant instant:
                Tagged(writer, "instant", InstantPattern.ExtendedIso.Format(instant));
                break;
            case Duration duration:
                Tagged(writer, "duration", DurationPattern.Roundtrip.Format(duration));
                break;
            case Period period:
                Tagged(writer, "period", PeriodPattern.Roundtrip.Format(period));
                break;
            case Enum member when Enums.TryGetValue(member.GetType().FullName!, out var type) && type == member.GetType():
                Tagged(writer, type.FullName!, member.ToString());
                break;
            case IEnumerable items:
                if (depth >= MaxNesting)
                {
                    throw new ArgumentException($"A finding's value nests arrays more than {MaxNesting} deep (or contains itself); it cannot be stored.", nameof(value));
                }

                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                break;
        }
    }

    /// <summary>Writes a whole number, tagged with its type (as a decimal, which holds every integral type exactly).</summary>
    private static void Tagged(Utf8JsonWriter writer, string type, decimal number)
    {
        StartTagged(writer, type);
        writer.WriteNumberValue(number);
        writer.WriteEndObject();
    }

    private static void Tagged(Utf8JsonWriter writer, string type, string text)
    {
        StartTagged(writer, type);
        writer.WriteStringValue(text);
        writer.WriteEndObject();
    }

    private static void StartTagged(Utf8JsonWriter writer, string type)
    {
        writer.WriteStartObject();
        writer.WriteString("type", type);
        writer.WritePropertyName("value");
    }

    private static object ReadTagged(StoredElement element)
    {
        var tagged = element.Object("type", "value");
        var type = tagged["type"].String();
        var value = tagged["value"];
        return type switch
        {
            "int" => value.Integer<int>(type),
            "long" => value.Integer<long>(type),
            "short" => value.Integer<short>(type),
            "byte" => value.Integer<byte>(type),
            "sbyte" => value.Integer<sbyte>(type),
            "ushort" => value.Integer<ushort>(type),
            "uint" => value.Integer<uint>(type),
            "ulong" => value.Integer<ulong>(type),
            "double" => value.Floating<double>(type),
            "float" => value.Floating<float>(type),
            "char" => ReadChar(value),
            "localDate" => value.Date(),
            "localTime" => value.Parse(LocalTimePattern.ExtendedIso, "a time of day such as 09:30:00"),
            "instant" => value.Instant(),
            "duration" => value.Parse(DurationPattern.Roundtrip, "a duration such as 1:02:03:04.5"),
            "period" => value.Parse(PeriodPattern.Roundtrip, "a period such as P1Y2M3D"),
            _ when Enums.TryGetValue(type, out var enumType) => ReadEnum(value, enumType),
            _ => throw tagged["type"].Problem($"{StoredElement.Quote(type)} is not a type a finding's value is stored as"),
        };
    }

    private static char ReadChar(StoredElement element)
    {
        var text = element.String();
        return text.Length == 1 ? text[0] : throw element.Problem("expected a single character");
    }

    private static object ReadEnum(StoredElement element, Type type)
    {
        var text = element.String();
        return Enum.TryParse(type, text, ignoreCase: false, out var member) ? member! : throw element.Problem($"{StoredElement.Quote(text)} is none of the {type.Name} values");
    }
}
