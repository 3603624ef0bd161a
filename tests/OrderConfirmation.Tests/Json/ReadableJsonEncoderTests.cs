using System.Buffers;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderConfirmation.Json;

namespace OrderConfirmation.Tests.Json;

/// <summary>
/// The JSON the package writes keeps text readable and terminals safe (issue 18): only the quotation mark, the reverse
/// solidus, control characters (C0, DEL, C1) and U+2028/U+2029 are escaped; the JSON parses back to the same text.
/// </summary>
public sealed class ReadableJsonEncoderTests
{
    /// <summary>Strings mixing ASCII, CJK, controls, separators, supplementary characters (as pairs) and lone surrogates.</summary>
    private static readonly Gen<string> Texts =
        Gen.ArrayOf(Gen.OneOf(
            Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString()),
            Gen.Choose(0x00, 0x1F).Select(c => ((char)c).ToString()),
            Gen.Choose(0x7F, 0x9F).Select(c => ((char)c).ToString()),
            Gen.Elements("\u2028", "\u2029", "\"", "\\", "订", "单", "李", "娜", "\u3000", "\u00A0", "é", "<", ">", "&", "'", "\u202E"),
            Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32)))
        .Select(parts => string.Concat(parts));

    private static string Write(string value, bool utf8Input = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ReadableJsonEncoder.Instance }))
        {
            if (utf8Input)
            {
                writer.WriteStringValue(Encoding.UTF8.GetBytes(value));
            }
            else
            {
                writer.WriteStringValue(value);
            }
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static bool MustBeEscaped(char c) => c < 0x20 || c is '\u007f' or '\u2028' or '\u2029' || (c >= 0x80 && c <= 0x9F);

    [Property(MaxTest = 300)]
    public Property Write_AnyText_ParsesBackToTheSameText() =>
        Prop.ForAll(Texts.ToArbitrary(), text =>
            JsonSerializer.Deserialize<string>(Write(text)) == text
            && JsonSerializer.Deserialize<string>(Write(text, utf8Input: true)) == text);

    [Property(MaxTest = 300)]
    public Property Write_AnyText_EscapesControlsAndSeparatorsAndNothingElse() =>
        Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            var inner = Write(text)[1..^1];

            // Each escape starts with one reverse solidus (an escaped reverse solidus has two): so many and no more.
            var escapes = text.Count(c => MustBeEscaped(c) || c is '"' or '\\') + text.Count(c => c == '\\');
            return (!inner.Any(MustBeEscaped) && inner.Count(c => c == '\\') == escapes).Label(inner);
        });

    [Theory]
    [InlineData("订单 李娜", "\"订单 李娜\"")]
    [InlineData("𠮷 😀", "\"𠮷 😀\"")]
    [InlineData("\u3000\u00A0<>&'", "\"\u3000\u00A0<>&'\"")]
    [InlineData("a\u0007b\u001b[0m", "\"a\\u0007b\\u001B[0m\"")]
    [InlineData("tab\there\nnew \"q\" \\", "\"tab\\there\\nnew \\\"q\\\" \\\\\"")]
    [InlineData("\u0085\u009b\u007f", "\"\\u0085\\u009B\\u007F\"")]
    [InlineData("line\u2028para\u2029", "\"line\\u2028para\\u2029\"")]
    public void Write_Text_WrittenAsExpected(string value, string expected)
    {
        Assert.Equal(expected, Write(value));
        Assert.Equal(expected, Write(value, utf8Input: true));
    }

    [Fact]
    public void Write_LoneSurrogate_WrittenAsTheReplacementCharacter()
    {
        Assert.Equal("\"a\uFFFDb\"", Write("a\uD800b"));
    }
}
