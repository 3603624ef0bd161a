using System.Text.Json;
using System.Text.RegularExpressions;

namespace OrderConfirmation.Json;

/// <summary>Turns System.Text.Json's errors into messages for people who write JSON files, not .NET types.</summary>
internal static partial class JsonProblem
{
    /// <summary>Whether the error is a value of the wrong JSON type.</summary>
    public static bool IsWrongType(JsonException error) => WrongType().IsMatch(error.Message);

    /// <summary>Whether the error is a property the file's object does not have (a typo, or a field of another format).</summary>
    public static bool IsUnknownProperty(JsonException error) => UnknownProperty().IsMatch(error.Message);

    /// <summary>The problem in plain words, with the line and column where the file has them.</summary>
    public static string Describe(JsonException error)
    {
        var text = Problem(error);
        return error.LineNumber is { } line ? $"{text} (line {line + 1}, column {(error.BytePositionInLine ?? 0) + 1})" : text;
    }

    /// <summary>The problem in plain words, without position or .NET type names.</summary>
    public static string Problem(JsonException error)
    {
        var match = WrongType().Match(error.Message);
        if (match.Success)
        {
            return $"The value has the wrong type: expected {Expected(match.Groups["type"].Value)}.";
        }

        var unknown = UnknownProperty().Match(error.Message);
        return unknown.Success
            ? $"'{unknown.Groups["name"].Value}' is not a field here; check its spelling and case, or remove it."
            : WithoutPath(error.Message);
    }

    private static string Expected(string type) => type switch
    {
        _ when type.Contains("Dictionary", StringComparison.Ordinal) => "an object",
        _ when type.Contains("Decimal", StringComparison.Ordinal) => "a number",
        _ when type.Contains("Int32", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ when type.Contains("String", StringComparison.Ordinal) && type.Contains("List", StringComparison.Ordinal) => "an array of strings",
        _ when type.Contains("String", StringComparison.Ordinal) => "a string",
        _ when type.Contains("List", StringComparison.Ordinal) => "an array",
        _ => "an object",
    };

    private static string WithoutPath(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        var hint = text.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return hint > 0 ? text[..hint] : text;
    }

    [GeneratedRegex(@"could not be converted to (?<type>[^\s]+?)\.?( Path|$)")]
    private static partial Regex WrongType();

    [GeneratedRegex(@"^The JSON property '(?<name>.*?)' could not be mapped to any \.NET member")]
    private static partial Regex UnknownProperty();
}
