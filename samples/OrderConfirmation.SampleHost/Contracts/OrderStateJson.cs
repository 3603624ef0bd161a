using System.Text.Json;
using NodaTime.Text;
using OrderConfirmation.Formats;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.SampleHost.Contracts;

/// <summary>
/// Writes where an order stands (<c>orderId</c>, <c>status</c>, <c>revision</c>, <c>enteredBy</c>, <c>enteredAt</c>,
/// <c>reviewedBy</c>, <c>promisedDeliveryDate</c>, <c>latestReview</c>, <c>confirmation</c>) and confirmation records,
/// as camelCase JSON; decisions as the library's <see cref="DecisionJsonWriter"/> writes them. Customer contact data
/// and addresses are never written.
/// </summary>
internal static class OrderStateJson
{
    /// <summary>Writes the order's state as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, OrderState state)
    {
        writer.WriteStartObject();
        writer.WriteString("orderId", state.OrderId);
        writer.WriteString("status", state.Status.ToString());
        writer.WriteNumber("revision", state.Revision);
        writer.WriteString("enteredBy", state.EnteredBy);
        writer.WriteString("enteredAt", InstantPattern.ExtendedIso.Format(state.EnteredAt));
        writer.WriteString("reviewedBy", state.ReviewedBy);
        writer.WriteString("promisedDeliveryDate", state.PromisedDeliveryDate is { } promised ? LocalDatePattern.Iso.Format(promised) : null);
        writer.WritePropertyName("latestReview");
        if (state.LatestReview is { } review)
        {
            DecisionJsonWriter.Write(writer, review);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WritePropertyName("confirmation");
        if (state.Confirmation is { } confirmation)
        {
            WriteConfirmation(writer, confirmation);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a confirmation record as one JSON object: <c>orderId</c>, <c>revision</c>, <c>confirmedBy</c>, <c>role</c>,
    /// <c>confirmedAt</c>, <c>ruleSetVersion</c>, <c>promisedDeliveryDate</c>, <c>holdReleasedBy</c> (Finance's release
    /// relied on, or null) and <c>decision</c> (the review decision relied on).
    /// </summary>
    public static void WriteConfirmation(Utf8JsonWriter writer, ConfirmationRecord record)
    {
        writer.WriteStartObject();
        writer.WriteString("orderId", record.OrderId);
        writer.WriteNumber("revision", record.Revision);
        writer.WriteString("confirmedBy", record.ConfirmedBy);
        writer.WriteString("role", record.Role.ToString());
        writer.WriteString("confirmedAt", InstantPattern.ExtendedIso.Format(record.ConfirmedAt));
        writer.WriteString("ruleSetVersion", record.RuleSetVersion);
        writer.WriteString("promisedDeliveryDate", LocalDatePattern.Iso.Format(record.PromisedDeliveryDate));
        writer.WritePropertyName("holdReleasedBy");
        if (record.HoldReleasedBy is { } release)
        {
            writer.WriteStartObject();
            writer.WriteString("by", release.By);
            writer.WriteString("role", release.Role.ToString());
            writer.WriteString("at", InstantPattern.ExtendedIso.Format(release.At));
            writer.WriteString("note", release.Note);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WritePropertyName("decision");
        DecisionJsonWriter.Write(writer, record.Decision);
        writer.WriteEndObject();
    }
}
