using System.Buffers;
using System.Text;
using System.Text.Json;

namespace OrderConfirmation.Json;

/// <summary>Writes JSON as one compact line, escaping only what <see cref="ReadableJsonEncoder"/> escapes (names and every script stay readable), and optional numbers as <c>null</c>.</summary>
internal static class CompactJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = ReadableJsonEncoder.Instance };

    /// <summary>The JSON the action writes, as a string.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a number, or <c>null</c> when there is none.</summary>
    public static void WriteNumberOrNull(this Utf8JsonWriter writer, string name, decimal? value)
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
}
