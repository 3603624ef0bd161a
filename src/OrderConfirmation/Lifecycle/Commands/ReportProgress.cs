using System.Globalization;
using System.Text.Json;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>
/// An executing department reports progress (article 4.4). Shipments may not exceed the ordered quantity;
/// delivery needs every line shipped in full; an issue also raises
/// <see cref="LifecycleEventKind.CustomerNotificationRequired"/>.
/// </summary>
public sealed record ReportProgress : LifecycleCommand
{
    /// <summary>Creates the command.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public ReportProgress(ProgressReport report) => Report = report ?? throw new ArgumentNullException(nameof(report));

    /// <summary>The report.</summary>
    public ProgressReport Report { get; }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.ReportProgress;

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom => [OrderStatus.InExecution];

    internal override CommandOutcome Execute(OrderState state, CommandContext context)
    {
        var after = state with { Reports = [.. state.Reports, Report] };
        switch (Report.Kind)
        {
            case ProgressKind.Shipment:
                var shipped = new Dictionary<int, decimal>(state.Shipped);
                foreach (var shipment in Report.Shipments)
                {
                    if (state.Order.Lines.FirstOrDefault(l => l.LineNo == shipment.LineNo) is not { } line)
                    {
                        return CommandOutcome.Fail($"line {shipment.LineNo} is not on the order");
                    }

                    var total = shipped.GetValueOrDefault(shipment.LineNo) + shipment.Quantity;
                    if (total > (line.Quantity ?? 0m))
                    {
                        return CommandOutcome.Fail(string.Create(CultureInfo.InvariantCulture, $"line {line.LineNo} would have {total} shipped, more than the {line.Quantity} ordered"));
                    }

                    shipped[shipment.LineNo] = total;
                }

                after = after with { Shipped = shipped };
                break;
            case ProgressKind.Delivered when !state.IsFullyShipped:
                return CommandOutcome.Fail("not every line has shipped in full, so the order cannot be delivered");
            case ProgressKind.Delivered:
                after = after with { DeliveredAt = context.At };
                break;
        }

        var reported = context.Event(state, after, LifecycleEventKind.ProgressReported, $"{Report.Kind}: {Report.Text}");
        return Report.Kind == ProgressKind.Issue
            ? CommandOutcome.Done(after, reported, context.Event(state, after, LifecycleEventKind.CustomerNotificationRequired, Report.Text, Report.Issue))
            : CommandOutcome.Done(after, reported);
    }

    internal override void WriteDetails(Utf8JsonWriter writer) => CommandDetails.WriteReport(writer, Report);
}
