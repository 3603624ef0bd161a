using System.Text.Json;
using NodaTime.Text;
using OrderConfirmation.Formats;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.SampleHost.Identity;

namespace OrderConfirmation.SampleHost.Contracts;

/// <summary>
/// Writes where an order stands as a caller may see it (<see cref="NeedToKnow"/>), and confirmation records, as camelCase
/// JSON: <c>orderId</c>, <c>status</c>, <c>revision</c>, <c>enteredBy</c>, <c>enteredAt</c>, <c>reviewedBy</c>,
/// <c>promisedDeliveryDate</c>, <c>viewedAs</c> (the caller's roles), <c>masked</c> (what is hidden from them),
/// <c>order</c> (the order as a review request holds it, with <c>total</c>), <c>credit</c> (the customer's credit profile
/// the host holds), <c>latestReview</c> and <c>confirmation</c>; decisions as the library's <see cref="DecisionJsonWriter"/>
/// writes them.
/// </summary>
internal static class OrderStateJson
{
    /// <summary>Writes the order's state as one JSON object, with what <paramref name="view"/> hides masked.</summary>
    public static void Write(Utf8JsonWriter writer, OrderState state, NeedToKnow view, CreditProfile? credit)
    {
        writer.WriteStartObject();
        writer.WriteString("orderId", state.OrderId);
        writer.WriteString("status", state.Status.ToString());
        writer.WriteNumber("revision", state.Revision);
        writer.WriteString("enteredBy", state.EnteredBy);
        writer.WriteString("enteredAt", InstantPattern.ExtendedIso.Format(state.EnteredAt));
        writer.WriteString("reviewedBy", state.ReviewedBy);
        writer.WriteString("promisedDeliveryDate", state.PromisedDeliveryDate is { } promised ? LocalDatePattern.Iso.Format(promised) : null);
        WriteNames(writer, "viewedAs", view.Roles.Select(r => r.ToString()));
        WriteNames(writer, "masked", view.Masked);
        writer.WritePropertyName("order");
        OrderJson.Write(writer, view.Of(state.Order), view.Prices);
        writer.WritePropertyName("credit");
        OrderJson.WriteCredit(writer, view.Of(credit));
        writer.WritePropertyName("latestReview");
        if (state.LatestReview is { } review)
        {
            DecisionJsonWriter.Write(writer, view.Of(review));
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WritePropertyName("confirmation");
        if (state.Confirmation is { } confirmation)
        {
            WriteConfirmation(writer, confirmation with { Decision = view.Of(confirmation.Decision) });
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

    private static void WriteNames(Utf8JsonWriter writer, string property, IEnumerable<string> names)
    {
        writer.WriteStartArray(property);
        foreach (var name in names)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
    }
}
