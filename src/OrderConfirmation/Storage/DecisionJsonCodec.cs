using System.Buffers;
using System.Collections.ObjectModel;
using System.Text.Json;
using OrderConfirmation.Findings;
using OrderConfirmation.Review;

namespace OrderConfirmation.Storage;

/// <summary>
/// A review decision as a stored state holds it: the stages run by name (custom stages too), every finding with all
/// its fields, and each finding's values as a list of <c>{"name", "value"}</c> pairs, so that their order survives
/// a store that reorders object members (PostgreSQL's <c>jsonb</c>); from format 2, the order revision and content digest
/// the decision judged. The outcome is not stored: it follows from the findings.
/// </summary>
internal static class DecisionJsonCodec
{
    private static readonly SearchValues<char> LowerHexDigits = SearchValues.Create("0123456789abcdef");

    public static void Write(Utf8JsonWriter writer, ReviewDecision decision)
    {
        writer.WriteStartObject();
        writer.WriteString("orderId", decision.OrderId);
        writer.WriteStartArray("stagesRun");
        foreach (var stage in decision.StagesRun)
        {
            writer.WriteStringValue(StageName(stage));
        }

        writer.WriteEndArray();
        writer.WriteArray("findings", decision.Findings, WriteFinding);
        writer.WriteString("ruleSetVersion", decision.RuleSetVersion);
        writer.WriteString("ruleSetLabel", decision.RuleSetLabel);
        writer.WriteDate("ruleSetEffectiveDate", decision.RuleSetEffectiveDate);
        writer.WriteInstant("evaluatedAt", decision.EvaluatedAt);
        writer.WriteInt32OrNull("orderRevision", decision.OrderRevision);
        writer.WriteString("orderDigest", decision.OrderDigest);
        writer.WriteEndObject();
    }

    public static ReviewDecision Read(StoredElement element)
    {
        var bound = element.Format >= 2;
        var decision = bound
            ? element.Object("orderId", "stagesRun", "findings", "ruleSetVersion", "ruleSetLabel", "ruleSetEffectiveDate", "evaluatedAt", "orderRevision", "orderDigest")
            : element.Object("orderId", "stagesRun", "findings", "ruleSetVersion", "ruleSetLabel", "ruleSetEffectiveDate", "evaluatedAt");
        var revision = bound ? decision["orderRevision"].OrNone(ReadRevision) : null;
        var digest = bound ? decision["orderDigest"].OrNull(ReadDigest) : null;
        return new ReviewDecision(
            decision["orderId"].StringOrNull(),
            decision["stagesRun"].Array(ReadStage),
            decision["findings"].Array(ReadFinding),
            decision["ruleSetVersion"].String(),
            decision["evaluatedAt"].Instant(),
            decision["ruleSetLabel"].StringOrNull(),
            decision["ruleSetEffectiveDate"].OrNone(e => e.Date()))
        {
            OrderRevision = revision,
            OrderDigest = digest,
        };
    }

    private static int ReadRevision(StoredElement element)
    {
        var revision = element.Int32();
        return revision > 0 ? revision : throw element.Problem($"a revision is 1 or more, found {revision}");
    }

    private static string ReadDigest(StoredElement element)
    {
        var digest = element.String();
        return digest.Length == 71 && digest.StartsWith("sha256:", StringComparison.Ordinal) && !digest.AsSpan(7).ContainsAnyExcept(LowerHexDigits)
            ? digest
            : throw element.Problem($"expected a content digest such as sha256: and 64 lowercase hex digits, found {StoredElement.Quote(digest)}");
    }

    private static void WriteFinding(Utf8JsonWriter writer, ReviewFinding finding)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", finding.Rule);
        writer.WriteString("stage", StageName(finding.Stage));
        writer.WriteEnum("department", finding.Department);
        writer.WriteEnum("severity", finding.Severity);
        writer.WriteEnum("outcome", finding.Outcome);
        writer.WriteEnum("action", finding.Action);
        writer.WriteEnum("kind", finding.Kind);
        writer.WriteString("message", finding.Message);
        writer.WriteInt32OrNull("lineNo", finding.LineNo);
        writer.WriteStartArray("values");
        foreach (var (name, value) in finding.Values)
        {
            writer.WriteStartObject();
            writer.WriteString("name", name);
            writer.WritePropertyName("value");
            FindingValueCodec.Write(writer, value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static ReviewFinding ReadFinding(StoredElement element)
    {
        var finding = element.Object("rule", "stage", "department", "severity", "outcome", "action", "kind", "message", "lineNo", "values");
        return new ReviewFinding(
            finding["rule"].String(),
            ReadStage(finding["stage"]),
            finding["department"].Enum<Department>(),
            finding["severity"].Enum<FindingSeverity>(),
            finding["outcome"].Enum<ReviewOutcome>(),
            finding["action"].Enum<ReviewAction>(),
            finding["message"].String(),
            ReadValues(finding["values"]),
            finding["lineNo"].OrNone(e => e.Int32()),
            finding["kind"].Enum<FindingKind>());
    }

    private static ReadOnlyDictionary<string, object?> ReadValues(StoredElement element)
    {
        var values = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, at, value) in element.Array(ReadValue))
        {
            if (!values.TryAdd(name, value))
            {
                throw at.Problem($"the value '{name}' is given twice");
            }
        }

        return values.Count == 0 ? ReadOnlyDictionary<string, object?>.Empty : new ReadOnlyDictionary<string, object?>(values);
    }

    private static (string Name, StoredElement At, object? Value) ReadValue(StoredElement element)
    {
        var entry = element.Object("name", "value");
        var name = entry["name"];
        return (name.String(), name, FindingValueCodec.Read(entry["value"]));
    }

    private static string StageName(ReviewStage stage) =>
        stage.Name.Length > 0 ? stage.Name : throw new ArgumentException("A finding or decision names the default stage, which is no stage; it cannot be stored.", nameof(stage));

    private static ReviewStage ReadStage(StoredElement element)
    {
        var name = element.String();
        return element.Build(() => new ReviewStage(name));
    }
}
