namespace OrderConfirmation.Orders;

/// <summary>
/// What a change request really changes on an order as it stands: a field the request sets to its current
/// value is not a change. Change-eligibility rules read it as <c>changed</c>
/// (for example <c>!changed.DeliveryDate</c>); the change's impact lists <see cref="Fields"/>.
/// </summary>
public sealed class OrderChanges
{
    /// <summary>Compares a change request with the order it applies to.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public OrderChanges(Order order, ChangeRequest change)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(change);
        var fields = new List<string>();
        var lines = LinesByNumber(order);
        DeliveryDate = Track(fields, "requestedDeliveryDate", change.RequestedDeliveryDate is { } date && date != order.RequestedDeliveryDate);
        DeliveryAddress = Track(fields, "deliveryAddress", change.DeliveryAddress is { } address && address != order.DeliveryAddress);
        PaymentTerms = Track(fields, "paymentTerms", change.PaymentTerms is { } terms && terms != order.PaymentTerms);
        SpecialRequirements = Track(fields, "specialRequirements", change.SpecialRequirements is { } text && !string.Equals(text, order.SpecialRequirements, StringComparison.Ordinal));
        Currency = Track(fields, "currency", change.Currency is { } currency && !string.Equals(currency, order.Currency, StringComparison.OrdinalIgnoreCase));
        foreach (var line in change.Lines)
        {
            var current = lines.GetValueOrDefault(line.LineNo);
            if (current is null)
            {
                LinesAdded |= Track(fields, $"lines[{line.LineNo}].added", !line.Remove);
                continue;
            }

            LinesRemoved |= Track(fields, $"lines[{line.LineNo}].removed", line.Remove);
            Products |= Track(fields, $"lines[{line.LineNo}].sku", line.Sku is { } sku && !string.Equals(sku, current.Sku, StringComparison.Ordinal));
            Track(fields, $"lines[{line.LineNo}].description", line.Description is { } description && !string.Equals(description, current.Description, StringComparison.Ordinal));
            Quantities |= Track(fields, $"lines[{line.LineNo}].quantity", line.Quantity is { } quantity && quantity != current.Quantity);
            UnitPrices |= Track(fields, $"lines[{line.LineNo}].unitPrice", line.UnitPrice is { } price && price != current.UnitPrice);
            LineRequirements |= Track(fields, $"lines[{line.LineNo}].requirements", line.Requirements is { } requirements && !requirements.SequenceEqual(current.Requirements, StringComparer.Ordinal));
        }

        Fields = fields;
    }

    /// <summary>Whether the requested delivery date changes.</summary>
    public bool DeliveryDate { get; }

    /// <summary>Whether the delivery address changes.</summary>
    public bool DeliveryAddress { get; }

    /// <summary>Whether the payment terms change.</summary>
    public bool PaymentTerms { get; }

    /// <summary>Whether the special requirements change.</summary>
    public bool SpecialRequirements { get; }

    /// <summary>Whether the currency changes.</summary>
    public bool Currency { get; }

    /// <summary>Whether some line's product (SKU) changes.</summary>
    public bool Products { get; }

    /// <summary>Whether some line's technical requirements change.</summary>
    public bool LineRequirements { get; }

    /// <summary>Whether some line's quantity changes.</summary>
    public bool Quantities { get; }

    /// <summary>Whether some line's unit price changes.</summary>
    public bool UnitPrices { get; }

    /// <summary>Whether lines are added.</summary>
    public bool LinesAdded { get; }

    /// <summary>Whether lines are removed.</summary>
    public bool LinesRemoved { get; }

    /// <summary>Whether anything changes at all.</summary>
    public bool Any => Fields.Count > 0;

    /// <summary>
    /// The changed fields in camelCase, in a fixed order: <c>requestedDeliveryDate</c>, <c>deliveryAddress</c>,
    /// <c>paymentTerms</c>, <c>specialRequirements</c>, <c>currency</c>, then per line entry
    /// <c>lines[n].added</c>, <c>lines[n].removed</c>, <c>lines[n].sku</c>, <c>lines[n].description</c>, <c>lines[n].quantity</c>,
    /// <c>lines[n].unitPrice</c>, <c>lines[n].requirements</c>.
    /// </summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>The order's lines by number (the first line when a number repeats).</summary>
    internal static Dictionary<int, OrderLine> LinesByNumber(Order order)
    {
        var lines = new Dictionary<int, OrderLine>(order.Lines.Count);
        foreach (var line in order.Lines)
        {
            lines.TryAdd(line.LineNo, line);
        }

        return lines;
    }

    private static bool Track(List<string> fields, string name, bool changed)
    {
        if (changed)
        {
            fields.Add(name);
        }

        return changed;
    }
}
