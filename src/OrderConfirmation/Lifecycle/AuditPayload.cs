using System.Text.Json;
using NodaTime.Text;
using OrderConfirmation.Changes;
using OrderConfirmation.Formats;
using OrderConfirmation.Json;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Review;

namespace OrderConfirmation.Lifecycle;

/// <summary>
/// Writes the payloads of the lifecycle's audit entries. A command that carries an order sheet writes it whole,
/// contact details and addresses included (article 6.1 audits the sheets for completeness); it is read back only
/// through the need-to-know view (<see cref="OrderSheets"/>, article 5). No other payload writes contact fields.
/// </summary>
internal static class AuditPayload
{
    public static string Command(TransitionResult result, string? commandId = null) => Write(writer =>
    {
        writer.WriteString("command", result.Command.Kind.ToString());
        if (commandId is not null)
        {
            writer.WriteString("commandId", commandId);
        }

        writer.WriteString("from", result.Before?.Status.ToString());
        if (result.Refusal is { } refusal)
        {
            writer.WriteString("reason", refusal.Reason.ToString());
            writer.WriteString("message", refusal.Message);
        }
        else
        {
            writer.WriteString("to", result.State!.Status.ToString());
            writer.WriteNumber("revision", result.State.Revision);
        }

        writer.WriteStartObject("details");
        result.Command.WriteDetails(writer, result.IsAccepted ? result.State : null);
        writer.WriteEndObject();
        writer.WriteStartArray("events");
        foreach (var raised in result.Events)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", raised.Kind.ToString());
            writer.WriteString("note", raised.Note);
            if (raised.Issue is { } issue)
            {
                writer.WriteString("issue", issue.ToString());
            }

            if (raised.Department is { } department)
            {
                writer.WriteString("department", department.ToString());
            }

            if (raised.NotificationId is { } notificationId)
            {
                writer.WriteString("notificationId", notificationId);
            }

            if (raised.TaskId is { } taskId)
            {
                writer.WriteString("taskId", taskId);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    public static string Decision(ReviewDecision decision) => Write(writer =>
    {
        writer.WritePropertyName("decision");
        DecisionJsonWriter.Write(writer, decision);
    });

    public static string Confirmation(ConfirmationRecord record) => Write(writer =>
    {
        writer.WriteString("orderId", record.OrderId);
        writer.WriteNumber("revision", record.Revision);
        writer.WriteString("confirmedBy", record.ConfirmedBy);
        writer.WriteString("role", record.Role.ToString());
        writer.WriteString("confirmedAt", InstantPattern.ExtendedIso.Format(record.ConfirmedAt));
        writer.WriteString("ruleSetVersion", record.RuleSetVersion);
        writer.WriteString("decisionOutcome", record.Decision.Outcome.ToString());
        writer.WriteString("decisionEvaluatedAt", InstantPattern.ExtendedIso.Format(record.Decision.EvaluatedAt));
        writer.WriteString("holdReleasedBy", record.HoldReleasedBy?.By);
        writer.WriteString("promisedDeliveryDate", LocalDatePattern.Iso.Format(record.PromisedDeliveryDate));
    });

    public static string ChangeRequest(ChangeEvaluation evaluation) => Write(writer =>
    {
        var change = evaluation.Request;
        writer.WriteString("changeId", change.ChangeId);
        writer.WriteString("requestedAt", InstantPattern.ExtendedIso.Format(change.RequestedAt));
        writer.WriteString("requestedBy", change.RequestedBy);
        writer.WriteString("reason", change.Reason);
        writer.WriteNumber("againstRevision", evaluation.Current.Revision);
        WriteStrings(writer, "changedFields", evaluation.Impact.ChangedFields);
    });

    public static string ChangeOutcome(ChangeEvaluation evaluation, int? appliedRevision) => Write(writer =>
    {
        writer.WriteString("changeId", evaluation.ChangeId);
        writer.WriteBoolean("eligible", evaluation.Eligible);
        writer.WriteBoolean("feasible", evaluation.Feasible);
        if (appliedRevision is { } revision)
        {
            writer.WriteNumber("revision", revision);
        }
        else
        {
            writer.WriteNull("revision");
        }

        WriteStrings(writer, "reasons", evaluation.Reasons.Select(f => f.Message));
        WriteStrings(writer, "requiredApprovals", evaluation.RequiredApprovals.Select(d => d.ToString()));
        WriteStrings(writer, "notify", evaluation.Impact.Notify.Select(d => d.ToString()));
    });

    public static string Report(ProgressReport report) => Write(writer => CommandDetails.WriteReport(writer, report));

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> body) => CompactJson.Write(writer =>
    {
        writer.WriteStartObject();
        body(writer);
        writer.WriteEndObject();
    });
}
