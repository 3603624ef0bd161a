using System.Text.Json;
using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Formats;
using OrderConfirmation.Json;

namespace OrderConfirmation.Testing.RuleTesting;

/// <summary>
/// Reads analysts' rule test cases (<c>rules/tests/*.json</c>): a review request (<c>order</c>, <c>facts</c>) or a
/// change request (<c>order</c>, <c>change</c>, <c>facts</c>) with a <c>name</c>, an optional <c>description</c> and an
/// <c>expect</c> object: <c>outcome</c>, <c>eligible</c>, <c>feasible</c>, <c>findings</c> that must appear and
/// <c>absent</c> ones that must not, each matched by <c>rule</c>, <c>department</c>, <c>action</c>, <c>severity</c>
/// and/or <c>lineNo</c>. A malformed case is a <see cref="RequestFormatException"/> naming the file and field.
/// </summary>
public static class RuleTestCaseReader
{
    /// <summary>Reads case files; a directory gives its <c>*.json</c> files (not sub-directories) in name order.</summary>
    /// <param name="paths">Files and directories.</param>
    /// <param name="defaultZone">The company's zone, for cases whose facts name none; <see langword="null"/> for the shipped calendar's.</param>
    /// <exception cref="RequestFormatException">A case is malformed.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static IReadOnlyList<RuleTestCase> ReadPaths(IEnumerable<string> paths, DateTimeZone? defaultZone = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var cases = new List<RuleTestCase>();
        foreach (var path in paths)
        {
            var files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
                : (IEnumerable<string>)[path];
            cases.AddRange(files.Select(file => ReadFile(file, defaultZone)));
        }

        return cases;
    }

    /// <summary>Reads one case file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="defaultZone">The company's zone, for a case whose facts name none; <see langword="null"/> for the shipped calendar's.</param>
    /// <exception cref="RequestFormatException">The case is malformed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RuleTestCase ReadFile(string path, DateTimeZone? defaultZone = null) => Read(File.ReadAllBytes(path), path, defaultZone);

    /// <summary>Reads a case from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The case.</param>
    /// <param name="source">The name of the source, for messages.</param>
    /// <param name="defaultZone">The company's zone, for a case whose facts name none; <see langword="null"/> for the shipped calendar's.</param>
    /// <exception cref="RequestFormatException">The case is malformed.</exception>
    public static RuleTestCase Read(ReadOnlySpan<byte> utf8Json, string source, DateTimeZone? defaultZone = null)
    {
        var bytes = Utf8Bom.Skip(utf8Json).ToArray();
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new RequestFormatException(source, string.Empty, JsonProblem.Describe(e));
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new RequestFormatException(source, string.Empty, "A test case is a JSON object with 'order', 'facts' and 'expect'.");
            }

            var fields = new RequestFieldReader(source);
            var name = Text(root, "name", fields) ?? Path.GetFileNameWithoutExtension(source);
            var description = Text(root, "description", fields);
            if (!root.TryGetProperty("expect", out var expect) || expect.ValueKind != JsonValueKind.Object)
            {
                throw fields.Error("expect", "Required: what the rules must make of the request (outcome, findings, absent, …).");
            }

            var expectation = Expectation(expect, fields);
            return root.TryGetProperty("change", out _)
                ? new RuleTestCase(source, name, description, null, ChangeRequestReader.Read(bytes, source, RequestLimits.Default, defaultZone), expectation)
                : new RuleTestCase(source, name, description, ReviewRequestReader.Read(bytes, source, RequestLimits.Default, defaultZone), null, expectation);
        }
    }

    private static string? Text(JsonElement root, string property, RequestFieldReader fields) =>
        !root.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind == JsonValueKind.String ? value.GetString()
            : throw fields.Error(property, "Must be text.");

    private static RuleTestExpectation Expectation(JsonElement expect, RequestFieldReader fields)
    {
        ExpectationDocument document;
        try
        {
            document = expect.Deserialize(RuleTestJsonContext.Default.ExpectationDocument)!;
        }
        catch (JsonException e)
        {
            throw fields.Error("expect" + (e.Path is { Length: > 1 } path ? path.TrimStart('$') : string.Empty), JsonProblem.Describe(e));
        }

        return new RuleTestExpectation(
            fields.Enum<ReviewOutcome>(document.Outcome, "expect.outcome"),
            document.Eligible,
            document.Feasible,
            Matchers(document.Findings, "expect.findings", fields),
            Matchers(document.Absent, "expect.absent", fields));
    }

    private static FindingMatcher[] Matchers(List<MatcherDocument?>? documents, string path, RequestFieldReader fields) =>
        [.. (documents ?? []).Select((m, i) =>
        {
            var at = $"{path}[{i}]";
            if (m is null || (m.Rule, m.Department, m.Action, m.Severity, m.LineNo) is (null, null, null, null, null))
            {
                throw fields.Error(at, "A finding matcher names at least one of rule, department, action, severity or lineNo.");
            }

            return new FindingMatcher(
                m.Rule,
                fields.Enum<Department>(m.Department, $"{at}.department"),
                fields.Enum<ReviewAction>(m.Action, $"{at}.action"),
                fields.Enum<FindingSeverity>(m.Severity, $"{at}.severity"),
                m.LineNo);
        })];
}
