using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OrderConfirmation.Formats.Documents;

/// <summary>The number token a reader stands on, as written in the file, shortened for messages.</summary>
internal static class RawJsonNumber
{
    private const int MaxShown = 40;

    public static string Quote(ref Utf8JsonReader reader)
    {
        var bytes = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        var text = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, MaxShown));
        return bytes.Length > MaxShown ? string.Create(CultureInfo.InvariantCulture, $"'{text}…' ({bytes.Length:N0} characters)") : $"'{text}'";
    }
}
