using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace OrderConfirmation.Tests.Differential;

/// <summary>
/// Renders a finding message the way the README promises analysts: <c>{name}</c> shows a value, <c>{name:N2}</c>
/// formats it, <c>{{</c> and <c>}}</c> are literal braces; invariant culture, dates as 2026-12-15, lists joined by
/// ", ", a missing value as "(none)".
/// </summary>
internal static partial class ReferenceMessage
{
    public static string Render(string template, IReadOnlyList<KeyValuePair<string, object?>> values) =>
        Token().Replace(template, match => match.Value switch
        {
            "{{" => "{",
            "}}" => "}",
            _ => Format(Value(values, match.Groups["name"].Value.Trim()), match.Groups["format"].Success ? match.Groups["format"].Value : null),
        });

    private static object? Value(IReadOnlyList<KeyValuePair<string, object?>> values, string name) =>
        values.Single(v => v.Key == name).Value;

    private static string Format(object? value, string? format) => value switch
    {
        null => "(none)",
        string text => text,
        LocalDate date when format is null => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(format, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(item => Format(item, format))),
        _ => value.ToString() ?? string.Empty,
    };

    [GeneratedRegex(@"\{\{|\}\}|\{(?<name>[^{}:]+)(:(?<format>[^{}]*))?\}")]
    private static partial Regex Token();
}
