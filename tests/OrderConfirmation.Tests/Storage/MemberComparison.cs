using System.Collections;
using System.Reflection;
using NodaTime;
using OrderConfirmation.Findings;

namespace OrderConfirmation.Tests.Storage;

/// <summary>
/// Compares two object graphs member by member through their public properties, independently of any JSON: the same
/// runtime type for every object and scalar, decimals equal with the same scale (a negative zero equals zero), collections
/// item by item whatever their container type, dictionaries key by key (a finding's values also in the same order),
/// NodaTime values, enums, strings and review stages by equality.
/// </summary>
public static class MemberComparison
{
    private const int MaxDepth = 40;

    /// <summary>Each difference as "path: expected … but was …"; empty when the graphs are equal.</summary>
    public static IReadOnlyList<string> Differences(object? expected, object? actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, "state", 0, differences);
        return differences;
    }

    private static void Compare(object? expected, object? actual, string path, int depth, List<string> differences)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                differences.Add($"{path}: expected {Show(expected)} but was {Show(actual)}");
            }

            return;
        }

        if (depth > MaxDepth)
        {
            differences.Add($"{path}: nested too deep to compare");
            return;
        }

        if (expected is IEnumerable && expected is not string)
        {
            CompareCollections(expected, actual, path, depth, differences);
            return;
        }

        if (expected.GetType() != actual.GetType())
        {
            differences.Add($"{path}: expected a {expected.GetType().Name} ({Show(expected)}) but was a {actual.GetType().Name} ({Show(actual)})");
            return;
        }

        if (expected is decimal number)
        {
            var other = (decimal)actual;
            if (number != other || number.Scale != other.Scale)
            {
                differences.Add($"{path}: expected {number} (scale {number.Scale}) but was {other} (scale {other.Scale})");
            }

            return;
        }

        if (IsScalar(expected.GetType()))
        {
            if (!Equals(expected, actual))
            {
                differences.Add($"{path}: expected {Show(expected)} but was {Show(actual)}");
            }

            return;
        }

        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Compare(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}", depth + 1, differences);
        }
    }

    private static void CompareCollections(object expected, object actual, string path, int depth, List<string> differences)
    {
        if (actual is not IEnumerable || actual is string)
        {
            differences.Add($"{path}: expected a collection but was a {actual.GetType().Name}");
            return;
        }

        if (expected is IDictionary expectedMap)
        {
            if (actual is not IDictionary actualMap)
            {
                differences.Add($"{path}: expected a dictionary but was a {actual.GetType().Name}");
                return;
            }

            var expectedKeys = expectedMap.Keys.Cast<object>().ToList();
            var actualKeys = actualMap.Keys.Cast<object>().ToList();
            var ordered = path.EndsWith(".Values", StringComparison.Ordinal);
            if (ordered ? !expectedKeys.SequenceEqual(actualKeys) : !expectedKeys.ToHashSet().SetEquals(actualKeys))
            {
                differences.Add($"{path}: expected keys [{string.Join(", ", expectedKeys)}] but were [{string.Join(", ", actualKeys)}]");
                return;
            }

            foreach (var key in expectedKeys)
            {
                Compare(expectedMap[key], actualMap[key], $"{path}[{key}]", depth + 1, differences);
            }

            return;
        }

        var expectedItems = ((IEnumerable)expected).Cast<object?>().ToList();
        var actualItems = ((IEnumerable)actual).Cast<object?>().ToList();
        if (expectedItems.Count != actualItems.Count)
        {
            differences.Add($"{path}: expected {expectedItems.Count} items but there were {actualItems.Count}");
            return;
        }

        for (var i = 0; i < expectedItems.Count; i++)
        {
            Compare(expectedItems[i], actualItems[i], $"{path}[{i}]", depth + 1, differences);
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(ReviewStage) || type.Assembly == typeof(Instant).Assembly;

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? value.GetType().Name,
    };
}
