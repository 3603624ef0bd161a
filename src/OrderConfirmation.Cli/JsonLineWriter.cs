using System.Buffers;
using System.Text;
using System.Text.Json;
using OrderConfirmation.Formats;

namespace OrderConfirmation.Cli;

/// <summary>
/// Writes one JSON object as a line of text, the same as the library's <c>ToJson</c> methods give (compact, <see cref="JsonOutput"/>
/// escaping), through a UTF-8 buffer, a JSON writer and a character buffer that each thread keeps: a line allocates
/// nothing of its own.
/// </summary>
internal static class JsonLineWriter
{
    private static readonly JsonWriterOptions Options = JsonOutput.WriterOptions;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _utf8;

    [ThreadStatic]
    private static Utf8JsonWriter? _json;

    [ThreadStatic]
    private static char[]? _chars;

    /// <summary>Writes what <paramref name="write"/> writes of <paramref name="value"/>, then a new line.</summary>
    public static void WriteLine<T>(TextWriter output, T value, Action<Utf8JsonWriter, T> write)
    {
        var utf8 = _utf8 ??= new ArrayBufferWriter<byte>(4096);
        utf8.ResetWrittenCount();
        var json = _json ??= new Utf8JsonWriter(utf8, Options);
        json.Reset(utf8);
        write(json, value);
        json.Flush();
        var maxChars = Encoding.UTF8.GetMaxCharCount(utf8.WrittenCount);
        if (_chars is null || _chars.Length < maxChars)
        {
            _chars = new char[Math.Max(maxChars, 4096)];
        }

        var count = Encoding.UTF8.GetChars(utf8.WrittenSpan, _chars);
        output.Write(_chars, 0, count);
        output.WriteLine();
    }
}
