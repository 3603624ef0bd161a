using System.Text.Json;
using OrderConfirmation.Changes;
using OrderConfirmation.Findings;
using OrderConfirmation.Json;

namespace OrderConfirmation.Formats;

/// <summary>
/// Writes a <see cref="ChangeEvaluation"/> as camelCase JSON: <c>orderId</c>, <c>changeId</c>, <c>eligible</c>,
/// <c>eligibility</c> (findings as in a decision), <c>requiredApprovals</c>, <c>review</c> (the re-review decision,
/// or null when ineligible) and <c>impact</c> {<c>changedFields</c>, <c>newFindings</c>, <c>resolvedFindings</c>,
/// <c>notify</c>}; also <c>feasible</c> and <c>revision</c> (the new revision number, or null).
/// </summary>
public static class ChangeJsonWriter
{
    /// <summary>Writes the evaluation as one JSON object.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, ChangeEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(evaluation);
        writer.WriteStartObject();
        writer.WriteString("orderId", evaluation.OrderId);
        writer.WriteString("changeId", evaluation.ChangeId);
        writer.WriteBoolean("eligible", evaluation.Eligible);
        WriteFindings(writer, "eligibility", evaluation.Eligibility);
        WriteDepartments(writer, "requiredApprovals", evaluation.RequiredApprovals);
        writer.WritePropertyName("review");
        if (evaluation.Review is { } review)
        {
            DecisionJsonWriter.Write(writer, review);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteStartObject("impact");
        writer.WriteStartArray("changedFields");
        foreach (var field in evaluation.Impact.ChangedFields)
        {
            writer.WriteStringValue(field);
        }

        writer.WriteEndArray();
        WriteFindings(writer, "newFindings", evaluation.Impact.NewFindings);
        WriteFindings(writer, "resolvedFindings", evaluation.Impact.ResolvedFindings);
        WriteDepartments(writer, "notify", evaluation.Impact.Notify);
        writer.WriteEndObject();
        writer.WriteBoolean("feasible", evaluation.Feasible);
        if (evaluation.Revision is { } revision)
        {
            writer.WriteNumber("revision", revision.Number);
        }
        else
        {
            writer.WriteNull("revision");
        }

        writer.WriteEndObject();
    }

    /// <summary>The evaluation as a single line of JSON.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is <see langword="null"/>.</exception>
    public static string ToJson(ChangeEvaluation evaluation) => CompactJson.Write(writer => Write(writer, evaluation));

    private static void WriteFindings(Utf8JsonWriter writer, string name, IReadOnlyList<ReviewFinding> findings)
    {
        writer.WriteStartArray(name);
        foreach (var finding in findings)
        {
            DecisionJsonWriter.WriteFinding(writer, finding);
        }

        writer.WriteEndArray();
    }

    private static void WriteDepartments(Utf8JsonWriter writer, string name, IReadOnlyList<Department> departments)
    {
        writer.WriteStartArray(name);
        foreach (var department in departments)
        {
            writer.WriteStringValue(department.ToString());
        }

        writer.WriteEndArray();
    }
}
