using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Storage;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Storage;

public sealed class OrderStateDocumentTests
{
    private static OrderState RoundTrip(OrderState state) => OrderStateDocument.Read(OrderStateDocument.Write(state));

    public static TheoryData<string> HandBuiltStates => ["completed, changed twice", "in execution, changed twice", "asked again", "released from hold", "confirmed after release"];

    private static OrderState HandBuilt(string name)
    {
        var scenarios = new StoredStateScenarios();
        return name switch
        {
            "completed, changed twice" => scenarios.CompletedChangedTwice(),
            "in execution, changed twice" => scenarios.InExecutionChangedTwice(),
            "asked again" => scenarios.AskedAgain(),
            "released from hold" => scenarios.Released(),
            _ => scenarios.Accept(scenarios.Released(), new ConfirmOrder(LifecycleScenario.Promised), LifecycleScenario.Head),
        };
    }

    [Theory]
    [MemberData(nameof(HandBuiltStates))]
    public void Read_HandBuiltState_RestoresEveryMember(string name)
    {
        var state = HandBuilt(name);

        Assert.Empty(MemberComparison.Differences(state, RoundTrip(state)));
    }

    [Fact]
    public void Read_CompletedState_KeepsEveryDecimalWithItsScale()
    {
        var restored = RoundTrip(new StoredStateScenarios().CompletedChangedTwice());

        Assert.Equal((1150.25m, 2), (restored.Order.Lines[0].UnitPrice!.Value, restored.Order.Lines[0].UnitPrice!.Value.Scale));
        Assert.Equal((300.125m, 3), (restored.Order.Lines[1].UnitPrice!.Value, restored.Order.Lines[1].UnitPrice!.Value.Scale));
        Assert.Equal((5.50m, 2), (restored.Order.Lines[1].Quantity!.Value, restored.Order.Lines[1].Quantity!.Value.Scale));
    }

    [Fact]
    public void Read_CompletedState_KeepsTheQuantitiesShippedPerLine()
    {
        var restored = RoundTrip(new StoredStateScenarios().CompletedChangedTwice());

        Assert.Equal(new Dictionary<int, decimal> { [1] = 10m, [2] = 5.50m }, restored.Shipped);
        Assert.Equal(2, restored.Shipped[2].Scale);
        Assert.True(restored.IsFullyShipped);
    }

    [Fact]
    public void Read_CompletedState_KeepsTheReportsInOrderWithTheirKinds()
    {
        var restored = RoundTrip(new StoredStateScenarios().CompletedChangedTwice());

        Assert.Equal(
            [ProgressKind.Milestone, ProgressKind.Shipment, ProgressKind.Issue, ProgressKind.Shipment, ProgressKind.Delivered],
            restored.Reports.Select(r => r.Kind));
        Assert.Equal("Hosts racked", restored.Reports[0].Text);
        Assert.Equal([new LineShipment(2, 2.25m), new LineShipment(1, 10m)], restored.Reports[1].Shipments);
        Assert.Equal((ExecutionIssueKind?)ExecutionIssueKind.Delay, restored.Reports[2].Issue);
        Assert.Null(restored.Reports[3].Text);
        Assert.Equal("Signed for by the site manager", restored.Reports[4].Text);
    }

    [Fact]
    public void Read_StateChangedTwice_KeepsBothRevisions()
    {
        var restored = RoundTrip(new StoredStateScenarios().CompletedChangedTwice());

        Assert.Equal(3, restored.Revision);
        Assert.Equal([2, 3], restored.Revisions.Select(r => r.Number));
        Assert.Equal(["CR-1", "CR-2"], restored.Revisions.Select(r => r.Request.ChangeId));
        Assert.Equal([Department.Finance], restored.Revisions[0].RequiredApprovals);
        Assert.Empty(restored.Revisions[1].RequiredApprovals);
        Assert.Equal(1150.25m, restored.Revisions[0].Request.Lines[0].UnitPrice);
        Assert.Equal(new LocalDate(2026, 12, 22), restored.Revisions[1].Request.RequestedDeliveryDate);
        Assert.Equal(new PostalAddress("9 Harbour Rd", "Ningbo", "315000", "CN"), restored.Revisions[1].Request.DeliveryAddress);
        Assert.Equal(new LocalDate(2026, 12, 22), restored.PromisedDeliveryDate);
        Assert.Equal("Backup storage, 1 TB, encrypted", restored.Order.Lines[1].Description);
    }

    [Fact]
    public void Read_State_KeepsInstantsToTheNanosecond()
    {
        var state = new StoredStateScenarios().CompletedChangedTwice();

        var restored = RoundTrip(state);

        Assert.Equal(StoredStateScenarios.Start + Duration.FromMinutes(1), restored.EnteredAt);
        Assert.Equal(state.DeliveredAt, restored.DeliveredAt);
        Assert.Equal(123_456_789, restored.Confirmation!.ConfirmedAt.InUtc().NanosecondOfSecond);
    }

    [Fact]
    public void Read_StateAskedAgain_KeepsTheOpenQuestionAndTheClosedWait()
    {
        var state = new StoredStateScenarios().AskedAgain();

        var restored = RoundTrip(state);

        Assert.Equal(OrderStatus.AwaitingCustomer, restored.Status);
        Assert.Equal(state.Clarification, restored.Clarification);
        Assert.Equal("Is the dock open on Saturdays?", restored.Clarification!.Question);
        var wait = Assert.Single(restored.CustomerWaits);
        Assert.Equal(state.CustomerWaits[0], wait);
        Assert.Equal(Duration.FromMinutes(121), wait.Duration);
    }

    [Fact]
    public void Read_StateReleasedFromHold_KeepsTheReleaseAndTheHeldDecision()
    {
        var state = new StoredStateScenarios().Released();

        var restored = RoundTrip(state);

        Assert.Equal(new ActionRecord("fin.zhao", Role.FinanceOfficer, state.HoldRelease!.At, "Prepayment received"), restored.HoldRelease);
        Assert.Null(restored.Hold);
        Assert.Equal(ReviewOutcome.OnHold, restored.LatestReview!.Outcome);
        Assert.Equal(state.LatestReview!.Findings.Select(f => (f.Rule, f.Department, f.Outcome, f.Kind)), restored.LatestReview.Findings.Select(f => (f.Rule, f.Department, f.Outcome, f.Kind)));
    }

    [Fact]
    public void Write_AnyState_IsCompactCamelCaseJsonBeginningWithFormat1()
    {
        var written = OrderStateDocument.Write(new StoredStateScenarios().CompletedChangedTwice());

        Assert.StartsWith("{\"format\":3,\"orderId\":\"SO-1001\",\"status\":\"Completed\",\"revision\":3,", written, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', written);
        Assert.DoesNotContain(": ", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Decimals_AreWrittenWithTheirScale()
    {
        var written = OrderStateDocument.Write(new StoredStateScenarios().CompletedChangedTwice());

        Assert.Contains("\"unitPrice\":1150.25,", written, StringComparison.Ordinal);
        Assert.Contains("\"quantity\":5.50,", written, StringComparison.Ordinal);
        Assert.Contains("\"unitPrice\":300.125,", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OnePointFifty_IsOnePointFiftyWithScaleTwo()
    {
        var draft = new LifecycleScenario().Draft();
        var state = draft with { Order = draft.Order with { Lines = [new OrderLine(1, "X", null, 1.50m, 1.5m)] } };

        var line = RoundTrip(state).Order.Lines[0];

        Assert.Equal((1.50m, 2), (line.Quantity!.Value, line.Quantity.Value.Scale));
        Assert.Equal((1.5m, 1), (line.UnitPrice!.Value, line.UnitPrice.Value.Scale));
    }

    [Fact]
    public void Write_InstantsAndDates_AreIsoText()
    {
        var written = OrderStateDocument.Write(new StoredStateScenarios().CompletedChangedTwice());

        Assert.Contains("\"enteredAt\":\"2026-11-27T02:01:00.123456789Z\"", written, StringComparison.Ordinal);
        Assert.Contains("\"requestedDeliveryDate\":\"2026-12-15\"", written, StringComparison.Ordinal);
        Assert.Contains("\"promisedDeliveryDate\":\"2026-12-22\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Shipped_ListsLinesByNumber()
    {
        var state = new LifecycleScenario().Draft() with { Shipped = new Dictionary<int, decimal> { [2] = 1m, [10] = 3m, [1] = 2m } };

        var written = OrderStateDocument.Write(state);

        Assert.Contains("\"shipped\":[{\"lineNo\":1,\"quantity\":2},{\"lineNo\":2,\"quantity\":1},{\"lineNo\":10,\"quantity\":3}]", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MembersInAnotherOrder_RestoresTheSameState()
    {
        var written = OrderStateDocument.Write(new StoredStateScenarios().CompletedChangedTwice());
        var reordered = Reversed(JsonNode.Parse(written)!).ToJsonString();
        Assert.NotEqual(written, reordered);

        Assert.Equal(written, OrderStateDocument.Write(OrderStateDocument.Read(reordered)));
    }

    [Fact]
    public void Read_IndentedDocument_RestoresTheSameState()
    {
        var written = OrderStateDocument.Write(new StoredStateScenarios().AskedAgain());
        var indented = JsonNode.Parse(written)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

        Assert.Equal(written, OrderStateDocument.Write(OrderStateDocument.Read(indented)));
    }

    [Fact]
    public void Write_UndefinedStatus_ThrowsArgumentExceptionNamingIt()
    {
        var state = new LifecycleScenario().Draft() with { Status = (OrderStatus)42 };

        var error = Assert.Throws<ArgumentException>(() => OrderStateDocument.Write(state));

        Assert.Contains("status is 42, which is none of the OrderStatus values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Null_ThrowsNamingTheState() =>
        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => OrderStateDocument.Write(null!)).ParamName);

    [Fact]
    public void Read_Null_ThrowsNamingTheJson() =>
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => OrderStateDocument.Read(null!)).ParamName);

    private static JsonNode Reversed(JsonNode node) => node switch
    {
        JsonObject o => new JsonObject(o.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Reversed(p.Value.DeepClone())))),
        JsonArray a => new JsonArray([.. a.Select(i => i is null ? null : Reversed(i.DeepClone()))]),
        _ => node.DeepClone(),
    };
}
