using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Formats;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.SampleHost.Http;

namespace OrderConfirmation.SampleHost.Contracts;

/// <summary>Turns the body of a change into the library's values; every error is a <see cref="RequestFormatException"/> naming the field.</summary>
internal static class ChangeBodyReader
{
    /// <summary>The change request the body describes; <paramref name="now"/> when it gives no <c>requestedAt</c>.</summary>
    /// <exception cref="RequestFormatException">A field is missing or invalid.</exception>
    public static ChangeRequest Change(ChangeBody body, Instant now)
    {
        var lines = new List<LineChange>();
        for (var i = 0; body.Lines is not null && i < body.Lines.Count; i++)
        {
            var line = body.Lines[i] ?? throw Error($"lines[{i}]", "A line entry is null; remove it or give its fields.");
            var lineNo = line.LineNo ?? throw Error($"lines[{i}].lineNo", "Required: the number of the line to change, remove or add.");
            try
            {
                lines.Add(new LineChange(lineNo, line.Remove ?? false, line.Sku, line.Description, line.Quantity, line.UnitPrice, line.Requirements));
            }
            catch (ArgumentException e)
            {
                throw Error($"lines[{i}]", FirstSentence(e.Message));
            }
        }

        var changeId = Required(body.ChangeId, "changeId");
        var requestedBy = Required(body.RequestedBy, "requestedBy");
        var requestedAt = body.RequestedAt is null ? now : TextValues.Instant(body.RequestedAt, "requestedAt", JsonBody.Source);
        try
        {
            return new ChangeRequest(changeId, requestedAt, requestedBy, body.Reason, lines)
            {
                RequestedDeliveryDate = body.RequestedDeliveryDate is null ? null : TextValues.Date(body.RequestedDeliveryDate, "requestedDeliveryDate", JsonBody.Source),
                DeliveryAddress = body.DeliveryAddress is { } address ? new PostalAddress(address.Street, address.City, address.PostalCode, address.Country) : null,
                PaymentTerms = body.PaymentTerms is null ? null : TextValues.Name<PaymentTerms>(body.PaymentTerms, "paymentTerms", JsonBody.Source),
                SpecialRequirements = body.SpecialRequirements,
                Currency = body.Currency,
            };
        }
        catch (ArgumentException e)
        {
            throw Error("lines", FirstSentence(e.Message));
        }
    }

    /// <summary>The approvals the body gives.</summary>
    /// <exception cref="RequestFormatException">An approval is missing a field or names no department.</exception>
    public static IReadOnlyList<ChangeApproval> Approvals(ChangeBody body)
    {
        var approvals = new List<ChangeApproval>();
        for (var i = 0; body.Approvals is not null && i < body.Approvals.Count; i++)
        {
            var approval = body.Approvals[i] ?? throw Error($"approvals[{i}]", "An approval is null; give 'department' and 'approvedBy'.");
            approvals.Add(new ChangeApproval(
                TextValues.Name<Department>(Required(approval.Department, $"approvals[{i}].department"), $"approvals[{i}].department", JsonBody.Source),
                Required(approval.ApprovedBy, $"approvals[{i}].approvedBy")));
        }

        return approvals;
    }

    private static string Required(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? throw Error(field, "Required.") : text;

    private static RequestFormatException Error(string field, string problem) => new(JsonBody.Source, field, problem);

    private static string FirstSentence(string message) => message.Split(" (Parameter", 2)[0];
}
