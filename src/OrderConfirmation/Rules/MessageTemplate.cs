using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace OrderConfirmation.Rules;

/// <summary>
/// A finding message with named placeholders (<c>{exposure}</c>, <c>{exposure:N2}</c>; <c>{{</c> and <c>}}</c> for braces),
/// parsed once at load and rendered without parsing, reflection or serialisation.
/// </summary>
internal sealed class MessageTemplate
{
    /// <summary>How many characters a message is rendered into on the stack; a longer one continues in a pooled buffer.</summary>
    private const int StackBufferLength = 512;

    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private readonly Segment[] _segments;
    private readonly int _literalLength;

    private MessageTemplate(string text, Segment[] segments)
    {
        Text = text;
        _segments = segments;
        foreach (var segment in segments)
        {
            _literalLength += segment.Literal?.Length ?? 0;
        }
    }

    /// <summary>The template as written.</summary>
    public string Text { get; }

    /// <summary>Parses a template whose placeholders must name one of <paramref name="names"/>.</summary>
    /// <exception cref="FormatException">A brace is unbalanced or a placeholder names no value; the message says which and where.</exception>
    public static MessageTemplate Parse(string text, IReadOnlyList<string> names)
    {
        var segments = new List<Segment>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '}' )
            {
                if (i + 1 < text.Length && text[i + 1] == '}')
                {
                    literal.Append('}');
                    i++;
                    continue;
                }

                throw new FormatException($"Unexpected '}}' at character {i + 1} of the message; write '}}}}' for a literal brace.");
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '{')
            {
                literal.Append('{');
                i++;
                continue;
            }

            var close = text.IndexOf('}', i + 1);
            if (close < 0)
            {
                throw new FormatException($"The placeholder opened at character {i + 1} of the message is not closed with '}}'.");
            }

            var body = text[(i + 1)..close];
            var colon = body.IndexOf(':', StringComparison.Ordinal);
            var name = (colon < 0 ? body : body[..colon]).Trim();
            var format = colon < 0 ? null : body[(colon + 1)..];
            var index = IndexOf(names, name);
            if (index < 0)
            {
                var known = names.Count == 0 ? "the rule declares no values" : "known values: " + string.Join(", ", names);
                throw new FormatException($"The placeholder '{{{body}}}' at character {i + 1} of the message names no value ({known}).");
            }

            if (literal.Length > 0)
            {
                segments.Add(new Segment(literal.ToString(), -1, null));
                literal.Clear();
            }

            segments.Add(new Segment(null, index, format));
            i = close;
        }

        if (literal.Length > 0)
        {
            segments.Add(new Segment(literal.ToString(), -1, null));
        }

        return new MessageTemplate(text, [.. segments]);
    }

    /// <summary>Renders the message with the values, indexed as the names given to <see cref="Parse"/>.</summary>
    public string Render(ReadOnlySpan<object?> values)
    {
        if (_segments.Length == 1 && _segments[0].Literal is { } only)
        {
            return only;
        }

        // Formatted straight into one buffer (on the stack unless the message is long), as an interpolated string is:
        // numbers and dates write themselves into it, and the only allocation is the message.
        var text = new DefaultInterpolatedStringHandler(_literalLength, _segments.Length, CultureInfo.InvariantCulture, stackalloc char[StackBufferLength]);
        foreach (var segment in _segments)
        {
            if (segment.Literal is not null)
            {
                text.AppendLiteral(segment.Literal);
            }
            else
            {
                AppendValue(ref text, values[segment.ValueIndex], segment.Format);
            }
        }

        return text.ToStringAndClear();
    }

    /// <summary>Formats one value as messages show it: invariant culture, ISO dates, lists joined by commas.</summary>
    private static void AppendValue(ref DefaultInterpolatedStringHandler text, object? value, string? format)
    {
        switch (value)
        {
            case null:
                text.AppendLiteral("(none)");
                break;
            case string s:
                text.AppendLiteral(s);
                break;
            case LocalDate date when format is null:
                text.AppendLiteral(IsoDate.Format(date));
                break;
            case IFormattable:
                // The handler formats with the invariant culture it was given: ISpanFormattable values into the buffer, others through ToString(format, culture).
                text.AppendFormatted(value, format);
                break;
            case IEnumerable items:
                var first = true;
                foreach (var item in items)
                {
                    if (!first)
                    {
                        text.AppendLiteral(", ");
                    }

                    AppendValue(ref text, item, format);
                    first = false;
                }

                break;
            default:
                text.AppendFormatted(value.ToString());
                break;
        }
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private readonly record struct Segment(string? Literal, int ValueIndex, string? Format);
}
