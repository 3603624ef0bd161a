using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace OrderConfirmation.Storage;

/// <summary>
/// How a stored order state writes its scalars: instants in ISO-8601 UTC with up to nine decimals
/// (<see cref="InstantPattern.ExtendedIso"/>), dates as <c>yyyy-MM-dd</c>, enums by name, absent values as <c>null</c>.
/// </summary>
internal static class StoredJsonWriting
{
    public static void WriteInstant(this Utf8JsonWriter writer, string name, Instant? value) =>
        writer.WriteString(name, value is { } instant ? InstantPattern.ExtendedIso.Format(instant) : null);

    public static void WriteDate(this Utf8JsonWriter writer, string name, LocalDate? value) =>
        writer.WriteString(name, value is { } date ? LocalDatePattern.Iso.Format(date) : null);

    public static void WriteInt32OrNull(this Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes an enum by name.</summary>
    /// <exception cref="ArgumentException">The value is not one of the enum's members, so it could not be read back.</exception>
    public static void WriteEnum<TEnum>(this Utf8JsonWriter writer, string name, TEnum value)
        where TEnum : struct, Enum =>
        writer.WriteString(name, EnumName(value, name));

    /// <summary>Writes an enum by name, or <c>null</c>.</summary>
    /// <exception cref="ArgumentException">The value is not one of the enum's members, so it could not be read back.</exception>
    public static void WriteEnum<TEnum>(this Utf8JsonWriter writer, string name, TEnum? value)
        where TEnum : struct, Enum =>
        writer.WriteString(name, value is { } member ? EnumName(member, name) : null);

    /// <summary>An enum member's name.</summary>
    /// <param name="value">The value.</param>
    /// <param name="member">The member of the state that holds it, for the message.</param>
    /// <exception cref="ArgumentException">The value is not one of the enum's members, so it could not be read back.</exception>
    public static string EnumName<TEnum>(TEnum value, string member)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value)
            ? value.ToString()
            : throw new ArgumentException($"The state's {member} is {value}, which is none of the {typeof(TEnum).Name} values; the state cannot be stored.", nameof(value));

    public static void WriteStrings(this Utf8JsonWriter writer, string name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes an object with <paramref name="write"/>, or <c>null</c> when there is none.</summary>
    public static void WriteObjectOrNull<T>(this Utf8JsonWriter writer, string name, T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        writer.WritePropertyName(name);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            write(writer, value);
        }
    }

    /// <summary>Writes an array whose items <paramref name="write"/> writes.</summary>
    public static void WriteArray<T>(this Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }
}
