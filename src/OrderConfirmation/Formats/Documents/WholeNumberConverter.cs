using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderConfirmation.Formats.Documents;

/// <summary>
/// Reads line numbers, day counts and revisions as <see cref="int"/>, and says whether a number is not whole or
/// beyond the range, instead of System.Text.Json's "could not be converted". Anything else than a number is
/// left to the serializer's wrong-type error.
/// </summary>
internal sealed class WholeNumberConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException();
        }

        if (reader.TryGetInt32(out var value))
        {
            return value;
        }

        var number = RawJsonNumber.Quote(ref reader);
        // Beyond decimal's range, a number is far beyond int's, whole or not.
        throw new JsonException(!reader.TryGetDecimal(out var wide) || wide == decimal.Truncate(wide)
            ? string.Create(CultureInfo.InvariantCulture, $"{number} is out of range: a whole number here must lie between {int.MinValue} and {int.MaxValue}.")
            : $"{number} is not a whole number.");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }
}
