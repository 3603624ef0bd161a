using OrderConfirmation.Orders;

namespace OrderConfirmation.Changes;

/// <summary>Applies a change request to a copy of an order; the original is never modified.</summary>
internal static class ChangedOrder
{
    public static Order Apply(Order order, ChangeRequest change)
    {
        var lines = new List<OrderLine>(order.Lines.Count + change.Lines.Count);
        var edits = change.Lines.ToDictionary(c => c.LineNo);
        var existing = OrderChanges.LinesByNumber(order);
        foreach (var line in order.Lines)
        {
            var edit = edits.GetValueOrDefault(line.LineNo);
            if (edit is null)
            {
                lines.Add(line);
            }
            else if (!edit.Remove)
            {
                lines.Add(line with
                {
                    Sku = edit.Sku ?? line.Sku,
                    Description = edit.Description ?? line.Description,
                    Quantity = edit.Quantity ?? line.Quantity,
                    UnitPrice = edit.UnitPrice ?? line.UnitPrice,
                    Requirements = edit.Requirements ?? line.Requirements,
                });
            }
        }

        foreach (var added in change.Lines)
        {
            if (!added.Remove && !existing.ContainsKey(added.LineNo))
            {
                lines.Add(new OrderLine(added.LineNo, added.Sku, added.Description, added.Quantity, added.UnitPrice, added.Requirements));
            }
        }

        return order with
        {
            Lines = lines,
            RequestedDeliveryDate = change.RequestedDeliveryDate ?? order.RequestedDeliveryDate,
            RequestedDeliveryAddress = change.DeliveryAddress ?? order.RequestedDeliveryAddress,
            PaymentTerms = change.PaymentTerms ?? order.PaymentTerms,
            SpecialRequirements = change.SpecialRequirements ?? order.SpecialRequirements,
            Currency = change.Currency is { } currency && !string.Equals(currency, order.Currency, StringComparison.OrdinalIgnoreCase) ? currency : order.Currency,
        };
    }
}
