using NodaTime;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Orders;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Lifecycle;

/// <summary>
/// Article 4.4: executing departments report progress; shipments never exceed what was ordered, delivery needs every
/// line shipped in full, and an issue means the customer must be told.
/// </summary>
public sealed class ReportProgressTests
{
    private static readonly Order TwoLines = LifecycleScenario.Order with
    {
        Lines = [LifecycleScenario.Order.Lines[0], new OrderLine(2, "BACKUP-1TB", "Backup storage, 1 TB", 5m, 300m)],
    };

    private readonly LifecycleScenario _scenario = new();

    private static ReportProgress Ship(params LineShipment[] shipments) => new(ProgressReport.Shipped(shipments));

    private TransitionResult Report(OrderState state, ReportProgress command) => _scenario.Apply(state, command, LifecycleScenario.Executor);

    /// <summary>Executing, with 10 hosts on line 1 and 5 backup units on line 2.</summary>
    private OrderState ExecutingTwoLines() => _scenario.InExecution() with { Order = TwoLines };

    [Fact]
    public void ReportProgress_ShipmentOnTwoLines_RecordsBoth()
    {
        var shipped = Report(ExecutingTwoLines(), Ship(new LineShipment(1, 3m), new LineShipment(2, 5m))).State!;

        Assert.Equal((3m, 5m), (shipped.Shipped[1], shipped.Shipped[2]));
    }

    [Fact]
    public void ReportProgress_SecondLineUnknown_RefusesTheWholeReport()
    {
        var executing = ExecutingTwoLines();

        var result = Report(executing, Ship(new LineShipment(1, 3m), new LineShipment(9, 1m)));

        Assert.Equal("ReportProgress refused for order SO-1001: line 9 is not on the order.", result.Refusal?.Message);
        Assert.Empty(result.State!.Shipped);
    }

    [Fact]
    public void ReportProgress_AccumulatedShipmentsOverTheOrderedQuantity_RefusalGivesTheTotal()
    {
        var once = _scenario.Accept(_scenario.InExecution(), Ship(new LineShipment(1, 4m)), LifecycleScenario.Executor);

        Assert.Equal(
            "ReportProgress refused for order SO-1001: line 1 would have 11.5 shipped, more than the 10 ordered.",
            Report(once, Ship(new LineShipment(1, 7.5m))).Refusal?.Message);
    }

    [Fact]
    public void ReportProgress_LineWithoutQuantity_CannotShip()
    {
        var noQuantity = _scenario.InExecution() with { Order = LifecycleScenario.Order with { Lines = [LifecycleScenario.Order.Lines[0] with { Quantity = null }] } };

        Assert.Equal(RefusalReason.PreconditionFailed, Report(noQuantity, Ship(new LineShipment(1, 1m))).Refusal?.Reason);
    }

    [Fact]
    public void ReportProgress_LaterShipment_LeavesTheEarlierStateAsItWas()
    {
        var once = _scenario.Accept(_scenario.InExecution(), Ship(new LineShipment(1, 4m)), LifecycleScenario.Executor);

        _scenario.Accept(once, Ship(new LineShipment(1, 6m)), LifecycleScenario.Executor);

        Assert.Equal(4m, once.Shipped[1]);
    }

    [Fact]
    public void ReportProgress_DeliveredWithOneLineShort_IsRefused()
    {
        var partly = _scenario.Accept(ExecutingTwoLines(), Ship(new LineShipment(1, 10m), new LineShipment(2, 4m)), LifecycleScenario.Executor);

        Assert.Equal(
            "ReportProgress refused for order SO-1001: not every line has shipped in full, so the order cannot be delivered.",
            Report(partly, new ReportProgress(ProgressReport.Delivered())).Refusal?.Message);
    }

    [Fact]
    public void ReportProgress_Delivered_RecordsTheInstantOfTheReport()
    {
        var shipped = _scenario.Accept(_scenario.InExecution(), Ship(new LineShipment(1, 10m)), LifecycleScenario.Executor);
        _scenario.At = LifecycleScenario.Friday10 + Duration.FromDays(3);

        Assert.Equal(LifecycleScenario.Friday10 + Duration.FromDays(3), Report(shipped, new ReportProgress(ProgressReport.Delivered())).State!.DeliveredAt);
    }

    [Fact]
    public void ReportProgress_Milestone_RecordsNoShipmentAndNoDelivery()
    {
        var state = Report(_scenario.InExecution(), new ReportProgress(ProgressReport.Milestone("Hosts racked"))).State!;

        Assert.Empty(state.Shipped);
        Assert.Null(state.DeliveredAt);
    }

    [Fact]
    public void ReportProgress_TwoReports_AreKeptInOrder()
    {
        var first = ProgressReport.Milestone("Hosts racked");
        var second = ProgressReport.Milestone("Network configured");
        var once = _scenario.Accept(_scenario.InExecution(), new ReportProgress(first), LifecycleScenario.Executor);

        Assert.Equal([first, second], _scenario.Accept(once, new ReportProgress(second), LifecycleScenario.Executor).Reports);
    }

    [Fact]
    public void ReportProgress_Accepted_EventNotesKindAndText() =>
        Assert.Equal("Milestone: Hosts racked", Report(_scenario.InExecution(), new ReportProgress(ProgressReport.Milestone("Hosts racked"))).Events.Single().Note);

    [Fact]
    public void ReportProgress_Issue_RaisesTheReportThenTheNotificationBothInExecution()
    {
        var events = Report(_scenario.InExecution(), new ReportProgress(ProgressReport.IssueRaised(ExecutionIssueKind.Quality, "Two hosts failed burn-in"))).Events;

        Assert.Equal(
            [(LifecycleEventKind.ProgressReported, "Issue: Two hosts failed burn-in", (ExecutionIssueKind?)null), (LifecycleEventKind.CustomerNotificationRequired, "Two hosts failed burn-in", ExecutionIssueKind.Quality)],
            events.Select(e => (e.Kind, e.Note, e.Issue)));
        Assert.All(events, e => Assert.Equal((OrderStatus.InExecution, OrderStatus.InExecution, LifecycleScenario.Executor), (e.From, e.To, e.Actor)));
    }
}
