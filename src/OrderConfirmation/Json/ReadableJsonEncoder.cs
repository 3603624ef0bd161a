using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;

namespace OrderConfirmation.Json;

/// <summary>
/// Escapes in JSON strings only what must be escaped, and writes every other character as it is: the quotation mark,
/// the reverse solidus and the C0 controls (U+0000–U+001F), which JSON requires; DEL and the C1 controls
/// (U+007F–U+009F), which a terminal would act on; the line and paragraph separators U+2028 and U+2029, which end a
/// line for some readers of JSON Lines and in JavaScript before ES2019. A lone surrogate, which is no character, is
/// written as U+FFFD.
/// Chinese, names such as 李娜, characters outside the Basic Multilingual Plane (𠮷, emoji) and the HTML-sensitive
/// <c>&lt; &gt; &amp; '</c> stay readable, unlike <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>, which
/// escapes every character outside the Basic Multilingual Plane and every space other than U+0020.
/// </summary>
internal sealed class ReadableJsonEncoder : JavaScriptEncoder
{
    /// <summary>The UTF-16 code units that may need escaping: a surrogate only when it is not part of a pair.</summary>
    private static readonly SearchValues<char> Candidates = SearchValues.Create(CandidateUnits());

    /// <summary>The UTF-8 bytes that may start a character needing escaping: ASCII ones, and any byte of a multi-byte sequence.</summary>
    private static readonly SearchValues<byte> Utf8Candidates = SearchValues.Create(CandidateBytes());

    private ReadableJsonEncoder()
    {
    }

    /// <summary>The one instance.</summary>
    public static ReadableJsonEncoder Instance { get; } = new();

    /// <inheritdoc />
    public override int MaxOutputCharactersPerInputCharacter => 6;

    /// <inheritdoc />
    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar < 0x20 || unicodeScalar is '"' or '\\' or (>= 0x7F and <= 0x9F) or 0x2028 or 0x2029 or (>= 0xD800 and <= 0xDFFF);

    /// <inheritdoc />
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        FindFirst(new ReadOnlySpan<char>(text, textLength));

    /// <inheritdoc />
    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        var offset = 0;
        while (true)
        {
            var found = utf8Text[offset..].IndexOfAny(Utf8Candidates);
            if (found < 0)
            {
                return -1;
            }

            var index = offset + found;
            if (utf8Text[index] < 0x80)
            {
                return index;
            }

            if (Rune.DecodeFromUtf8(utf8Text[index..], out var rune, out var consumed) != OperationStatus.Done || WillEncode(rune.Value))
            {
                return index;
            }

            offset = index + consumed;
        }
    }

    /// <inheritdoc />
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten) =>
        TryEncode(unicodeScalar, new Span<char>(buffer, bufferLength), out numberOfCharactersWritten);

    /// <summary>The index of the first code unit to escape, or -1.</summary>
    internal static int FindFirst(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (true)
        {
            var found = text[offset..].IndexOfAny(Candidates);
            if (found < 0)
            {
                return -1;
            }

            var index = offset + found;
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                offset = index + 2;
                continue;
            }

            return index;
        }
    }

    private bool TryEncode(int scalar, Span<char> destination, out int written)
    {
        if (!WillEncode(scalar))
        {
            var rune = Rune.IsValid(scalar) ? new Rune(scalar) : Rune.ReplacementChar;
            return rune.TryEncodeToUtf16(destination, out written);
        }

        ReadOnlySpan<char> escape = scalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\b' => "\\b",
            '\t' => "\\t",
            '\n' => "\\n",
            '\f' => "\\f",
            '\r' => "\\r",
            _ => default,
        };
        if (!escape.IsEmpty)
        {
            written = escape.Length;
            return escape.TryCopyTo(destination);
        }

        written = 0;
        if (destination.Length < 6)
        {
            return false;
        }

        // A lone surrogate is not a character: it becomes U+FFFD, as the built-in encoders write it.
        var unit = scalar is >= 0xD800 and <= 0xDFFF ? 0xFFFD : scalar;
        destination[0] = '\\';
        destination[1] = 'u';
        if (!unit.TryFormat(destination[2..6], out _, "X4", System.Globalization.CultureInfo.InvariantCulture))
        {
            return false;
        }

        written = 6;
        return true;
    }

    private static string CandidateUnits()
    {
        var units = new StringBuilder();
        for (var c = 0; c < 0x20; c++)
        {
            units.Append((char)c);
        }

        units.Append('"').Append('\\');
        for (var c = 0x7F; c <= 0x9F; c++)
        {
            units.Append((char)c);
        }

        units.Append('\u2028').Append('\u2029');
        for (var c = 0xD800; c <= 0xDFFF; c++)
        {
            units.Append((char)c);
        }

        return units.ToString();
    }

    private static byte[] CandidateBytes()
    {
        var bytes = new List<byte>();
        for (var b = 0; b < 0x20; b++)
        {
            bytes.Add((byte)b);
        }

        bytes.Add((byte)'"');
        bytes.Add((byte)'\\');
        for (var b = 0x7F; b <= 0xFF; b++)
        {
            bytes.Add((byte)b);
        }

        return [.. bytes];
    }
}
