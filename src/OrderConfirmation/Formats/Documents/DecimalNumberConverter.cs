using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderConfirmation.Formats.Documents;

/// <summary>
/// Reads quantities, prices and amounts as <see cref="decimal"/>, and says so when a number is beyond its range
/// (such as <c>1e400</c>) instead of System.Text.Json's "could not be converted". Anything else than a number is
/// left to the serializer's wrong-type error. <c>-0</c> is read as zero: the domain's "must not be negative"
/// checks take a negative zero for a negative number.
/// </summary>
internal sealed class DecimalNumberConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException();
        }

        return reader.TryGetDecimal(out var value)
            ? (value == 0m ? Math.Abs(value) : value)
            : throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"{RawJsonNumber.Quote(ref reader)} is out of range: a number here must lie between {decimal.MinValue} and {decimal.MaxValue}."));
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }
}
