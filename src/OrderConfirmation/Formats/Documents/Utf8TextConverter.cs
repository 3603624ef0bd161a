using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderConfirmation.Formats.Documents;

/// <summary>
/// Reads texts (and the keys of objects such as <c>facts.supply</c>), saying so when a text is not valid UTF-8
/// instead of System.Text.Json's "could not be converted". Anything else than a string is left to the
/// serializer's wrong-type error.
/// </summary>
internal sealed class Utf8TextConverter : JsonConverter<string>
{
    private const string NotUtf8 = "The text is not valid UTF-8; save the file as UTF-8.";

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Text(ref reader) : throw new JsonException();

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Text(ref reader);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value);
    }

    private static string Text(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new JsonException(NotUtf8);
        }
    }
}
