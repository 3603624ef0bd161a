using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Formats;

namespace OrderConfirmation.SampleHost.Http;

/// <summary>Reads dates, instants and names given as text in bodies and query strings; an error names the field.</summary>
internal static class TextValues
{
    /// <summary>A date such as <c>2026-12-15</c>.</summary>
    /// <exception cref="RequestFormatException">The text is not such a date.</exception>
    public static LocalDate Date(string text, string field, string source) =>
        Parse(LocalDatePattern.Iso, text, field, source, "a date such as 2026-12-15");

    /// <summary>An instant such as <c>2026-11-27T10:00:00Z</c>.</summary>
    /// <exception cref="RequestFormatException">The text is not such an instant.</exception>
    public static Instant Instant(string text, string field, string source) =>
        Parse(InstantPattern.ExtendedIso, text, field, source, "an instant such as 2026-11-27T10:00:00Z");

    /// <summary>One of an enumeration's names, in any case; never a number.</summary>
    /// <exception cref="RequestFormatException">The text is not one of the names.</exception>
    public static TEnum Name<TEnum>(string text, string field, string source)
        where TEnum : struct, Enum
    {
        var names = Enum.GetNames<TEnum>();
        var name = Array.Find(names, n => n.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new RequestFormatException(source, field, $"'{text}' is not one of: {string.Join(", ", names)}.");
        return Enum.Parse<TEnum>(name);
    }

    private static T Parse<T>(IPattern<T> pattern, string text, string field, string source, string expected) =>
        pattern.Parse(text.Trim()) is { Success: true } result
            ? result.Value
            : throw new RequestFormatException(source, field, $"'{text}' is not {expected}.");
}
